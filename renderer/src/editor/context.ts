import { createContext, useContext } from 'react';
import type { DiffController } from './controller';

export const DiffControllerContext = createContext<DiffController | null>(null);

export function useDiffController(): DiffController {
  const controller = useContext(DiffControllerContext);
  if (!controller) throw new Error('useDiffController outside its provider');
  return controller;
}
