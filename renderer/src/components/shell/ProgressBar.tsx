interface ProgressBarProps {
  label: string;
  /** 0…1, or null while the total is not known yet. */
  value: number | null;
  text?: string;
  testId?: string;
}

export function ProgressBar({ label, value, text, testId }: ProgressBarProps) {
  return (
    <div className="progress" data-testid={testId}>
      <progress aria-label={label} max={1} value={value ?? undefined} />
      {text ? <span className="progress-text">{text}</span> : null}
    </div>
  );
}
