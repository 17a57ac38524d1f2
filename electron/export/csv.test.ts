import { describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES } from '../../shared/export/fixtures';
import { toCsv } from './csv';

const HEADER = 'id,paper,date,page_file,ord,kind,kicker,headline,subtitle,byline,sections,body,status,approved_at,approved_by';

describe('toCsv', () => {
  const csv = toCsv(FIXTURE_ARTICLES);

  it('starts with a UTF-8 byte order mark and a header row', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1).startsWith(`${HEADER}\r\n`)).toBe(true);
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180) and ends records with CRLF', () => {
    const rows = csv.slice(1 + HEADER.length + 2);
    expect(rows).toBe(
      '11,浙江工人日报,2021-11-22,003_front.txt,1,news,优中选优 树立标杆,镇海为非公企业工会主席发放履职补贴,152万人次参加职工互助保障,本报讯 记者张浩呈 通讯员王林超,产改进行时、工会动态,' +
        '"日前，镇海区总工会召开会议，部署“当一周工人”活动。\n他说：""工资, 补贴, 都要落实。""\n——编者",approved,2021-11-23T08:00:00.000Z,李校对\r\n' +
        '12,浙江工人日报,2021-11-21,001_inner.txt,4,photo,,"<script>alert(""x"")</script> & <b>粗体</b>",,,,' +
        '"# 不是标题\n1. 不是列表\n- 也不是列表\n    缩进四格\n*星号* _下划线_ `反引号` [方括号](链接)\n通讯员张鲜红 摄",editing,,\r\n' +
        '13,,,000_inner.txt,2,editor-note,新经济 新业态 新领域,"逗号,引号""和换行",,毛朝阳、姚磊,红五月 颂劳动,' +
        '"第一段，有逗号, 和 ""引号""。\n\n第二段\r\n第三段：1,000人 8:30 99.85%",approved,2021-11-23T09:00:00.000Z,reviewer\r\n',
    );
  });

  it('escapes cells a spreadsheet would run as formulas, and leaves numbers and other text alone', () => {
    const base = FIXTURE_ARTICLES[0]!;
    const hostile = { ...base, kicker: '=HYPERLINK("http://evil.example","点此")', headline: '+1+cmd|\' /C calc\'!A0', subtitle: '-2+3', byline: '@SUM(A1:A9)', body: '\t=1\n正文', paper: '＝1+1' };
    const [, row] = toCsv([hostile]).slice(1).split('\r\n');
    expect(row).toBe(
      `11,'＝1+1,2021-11-22,003_front.txt,1,news,"'=HYPERLINK(""http://evil.example"",""点此"")",'+1+cmd|' /C calc'!A0,'-2+3,'@SUM(A1:A9),产改进行时、工会动态,"'\t=1\n正文",approved,2021-11-23T08:00:00.000Z,李校对`,
    );
  });

  it('writes the header alone for no articles', () => {
    expect(toCsv([])).toBe(`\ufeff${HEADER}\r\n`);
  });
});
