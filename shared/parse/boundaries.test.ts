// Pages set one printed line per text line, and the boundaries the parser reads on them, with their reasons.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../analyze';
import { parsePage } from './index';

const W = 16;
/** Set a paragraph in printed lines of W cells, the first indented by two ideographic spaces. */
function printed(paragraph: string): string[] {
  const lines: string[] = [];
  let rest = paragraph;
  let first = true;
  while (rest.length > 0) {
    const take = first ? W - 2 : W;
    lines.push((first ? '\u3000\u3000' : '') + rest.slice(0, take));
    rest = rest.slice(take);
    first = false;
  }
  return lines;
}

const p1 = '稻田里的收割机来回穿梭，一粒粒稻谷被收入仓中，农民们脸上洋溢着丰收的喜悦，今年的产量比去年又高了一成。';
const p2 = '近期全县种植的五十六万亩水稻进入大面积收割阶段，截至目前已收割二十余万亩，丰产增收已成定局，粮库门前排起长队。';
const q1 = '城市地铁新线路今天开通运营，沿线居民出行更加方便，早高峰时段列车间隔缩短到三分钟，站台秩序井然有序。';
const q2 = '地铁公司表示，新线路开通后将持续优化运营组织，根据客流变化及时调整行车间隔，为市民提供更好的乘车体验。';

describe('a page of printed lines', () => {
  const text = ['抢收水稻', '本报记者 张三', ...printed(p1), ...printed(p2), '地铁新线今日开通', ...printed(q1), ...printed(q2)].join('\n');

  it('joins the printed lines of each paragraph with the reflow rule, and only those', () => {
    const page = analyzePage(text);
    expect(page.articles.map((a) => a.headline)).toEqual(['抢收水稻', '地铁新线今日开通']);
    const [first] = page.articles;
    // The own-line byline stays a line of its own; each paragraph is one line again.
    expect(first.text.split('\n')).toEqual(['本报记者 张三', p1, p2]);
    const joins = first.edits.filter((e) => e.rule === 'reflow-lines');
    expect(joins.length).toBe(printed(p1).length - 1 + printed(p2).length - 1);
    expect(first.edits.some((e) => e.rule === 'rejoin-break')).toBe(false);
    expect(joins[0].reason.zh).toContain('排满');
    // The reason names the column width the join read.
    expect(joins[0].reason.en).toMatch(/column \d+(\.5)? cells wide/);
  });

  it('gives each article its boundary with a reason and confidence, and each line its role', () => {
    const [first, second] = parsePage(text).articles;
    expect(first.boundary?.reason.zh).toContain('署名');
    expect(first.boundary!.confidence).toBeGreaterThan(0.9);
    expect(first.lineRoles?.map((l) => l.role).slice(0, 2)).toEqual(['headline', 'byline']);
    // The second headline has no byline: the text on its two sides shares no words.
    expect(second.boundary?.reason.en).toMatch(/different things/);
  });
});

describe('uncertain boundaries', () => {
  it('warns on the article where a heading might start another one', () => {
    const lead = '本报讯 记者张三报道 近日，某市总工会举办职工技能大赛，来自全市各行业的选手参加比赛，赛事持续三天。';
    const body = '比赛设置了焊工、电工和数控车工三个项目，选手们在规定时间内完成操作，裁判现场打分，成绩当场公布。';
    const text = ['职工技能大赛开幕', '', lead, '', '大赛现场', '', '', '', body].join('\n');
    const page = analyzePage(text);
    const warnings = page.articles.flatMap((a) => a.warnings).filter((w) => w.rule === 'uncertain-boundary');
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0].message.zh).toMatch(/这里可能是另一篇文章的开头|把握不大/);
  });
});

describe('furniture words inside running text', () => {
  it('keeps a printed line that carries on an unfinished sentence in its paragraph, though it names an app', () => {
    // The sentence runs across a line break into `客户端、…`: a QR caption's words, but mid-sentence.
    const para = '本次展览由市文化馆主办，各区图书馆、博物馆和市民之家公众号、城市新闻客户端、晚报手机版协办，展期一个月。';
    const lines = printed(para);
    expect(lines.some((l) => /^[^，。]*客户端/.test(l.trim()))).toBe(true);
    const text = ['市民文化节开幕', '本报记者 李四', ...printed(p1), ...lines].join('\n');
    expect(parsePage(text).noise).toEqual([]);
    const page = analyzePage(text);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0].text).toContain(para);
  });
});

describe('headings over their own byline line', () => {
  it('starts a story at a headline over an own-line dispatch and byline, though the story above stops mid-sentence', () => {
    // The story above is cut at the page edge (`…为了`): only the lines under the next headline tell.
    const cut = '从开始讨薪那天起，她心里就有一本日历，记录着自己走过的地方和时间。为了';
    const text = ['讨薪之路', '本报讯 记者张三报道 近日，某市总工会举办职工技能大赛，来自全市各行业的选手参加比赛。', cut, '第二届进博会志愿者交出精彩青春答卷', '新华社上海11月11日电', '新华社记者吴振东、朱翃', q1].join('\n');
    const articles = parsePage(text).articles;
    expect(articles.map((a) => a.headline)).toEqual(['讨薪之路', '第二届进博会志愿者交出精彩青春答卷']);
    expect(articles[1].boundary?.reason.en).toMatch(/line of its own/);
  });
});

describe('a heading over a paragraph broken by a column', () => {
  it('reads a long comma-clause line under a heading, running into the text, as the first paragraph', () => {
    const text = ['夜访城市工人休息室', '1月7日晚上,福建省人大常委会副主任、省总工会主席张广敏走进福州市鼓', '楼区大街小巷夜访城市工人休息室。', '本报记者 吴铎思 摄'].join('\n');
    const [article] = parsePage(text).articles;
    expect(article.headline).toBe('夜访城市工人休息室');
    expect(article.subtitle ?? null).toBeNull();
    const role = article.lineRoles?.find((l) => l.text.startsWith('1月7日'));
    expect(role?.role).toBe('body');
    expect(role?.reason.en).toMatch(/column break/);
  });
});

describe('one story, one byline', () => {
  const short1 = '早餐棚长期弃用，实在有碍观瞻。';
  const short2 = '几天来污水直接流进渠内。';
  it('starts a story at a heading whose text closes with a byline of its own under a story already signed', () => {
    // Too little text on either side for the words they share to tell.
    const text = ['街拍', '拍摄者：本报记者 张方志', short1, '污水管道该治理', short2, '本报记者 李银刚 整理'].join('\n');
    const articles = parsePage(text).articles;
    expect(articles.map((a) => a.headline)).toEqual(['街拍', '污水管道该治理']);
    expect(articles[1].boundary?.reason.en).toMatch(/closes with another/);
  });

  it('keeps a subhead inside a story whose only byline is its own', () => {
    const text = ['街拍', short1, '污水管道该治理', short2, '本报记者 李银刚 整理'].join('\n');
    expect(parsePage(text).articles.map((a) => a.headline)).toEqual(['街拍']);
  });
});

describe('an editor’s note', () => {
  it('reads the line under its heading as the note’s text, not a subtitle', () => {
    const text = ['面对面、心贴心服务职工专辑', '编者按', '中华全国总工会于今年初在全国工会系统正式启动', '了“面对面、心贴心、实打实服务职工在基层”活动。', q1].join('\n');
    const [note] = parsePage(text).articles;
    expect(note.headline).toBe('编者按');
    expect(note.subtitle ?? null).toBeNull();
    expect(analyzePage(text).articles[0].text).toContain('全国工会系统正式启动了“面对面');
  });

  it('starts at its own heading line, the ■ before it read as a character or not', () => {
    for (const head of ['编者按', '■编者按', '国编者按']) {
      const text = ['抢收水稻', '本报记者 张三', p1, head, '一年春作首，万象始更新。春节后首个工作日，各地召开新春第一会，吹响了抓改革创新促高质量发展集结号。'].join('\n');
      const articles = parsePage(text).articles;
      expect(articles.map((a) => a.headline)).toEqual(['抢收水稻', head]);
      expect(articles[1].boundary?.reason.en).toMatch(/editor’s note/);
    }
  });
});

describe('a column banner over an editor’s note', () => {
  it('heads the note, though it stands among the running head’s lines', () => {
    const note = '编者按：讲真话，是做人品质，也是党性要求。本期的三篇文章，围绕怎样讲真话和老实做人做事，与读者探讨交流。';
    const text = ['7', '理论·学习', '2017年1月10日 星期二', '责任编辑 周 涛', '修养视点', note, '党内应该“打开天窗说亮话”', '■刘师苑', q1].join('\n');
    const page = parsePage(text);
    expect(page.articles.map((a) => a.headline)).toEqual(['修养视点', '党内应该“打开天窗说亮话”']);
    expect(page.noise.map((b) => b.text).join('\n')).not.toContain('修养视点');
  });
});

describe('a long headline over a photo caption and the lead', () => {
  it('reads the line as the headline, its brackets mixed up by the OCR', () => {
    const title = '“阅读经典好书 争当时代工匠”全国工会职工书屋示范性主题阅读交流活动〈四川凉山专场) 在西昌举行';
    const lead = '四川经济网讯〈记者 何宗前) 11月27日，全国工会职工书屋示范性主题阅读交流活动在西昌举行，来自各地的职工代表参加。';
    const text = ['抢收水稻', '本报记者 张三', p1, title, '活动现场 (石家豪摄)', lead, q1].join('\n');
    const articles = parsePage(text).articles;
    expect(articles.map((a) => a.headline)).toEqual(['抢收水稻', title]);
  });
});

describe('parallel subheads', () => {
  // Paragraphs too short for the words they share to tell.
  const [s1, s2, s3] = ['三月春风处处暖，雷锋精神代代传。', '社工站组织志愿者设置便民服务摊位。', '志愿者连忙带上工具上门疏通下水道。'];
  it('keeps a heading shaped like a subhead earlier in the story inside it', () => {
    const text = ['学雷锋 看社区志愿服务故事', '文/本报记者 高丛', s1, '越秀区：专业力量联动开展', s2, '荔湾区：帮助特殊困难群体', '解决实际困难', s3].join('\n');
    const [article, ...rest] = parsePage(text).articles;
    expect(rest).toEqual([]);
    expect(article.headline).toBe('学雷锋 看社区志愿服务故事');
  });

  it('still starts a story at a headline of that shape after a story without such subheads', () => {
    const text = ['学雷锋 看社区志愿服务故事', '文/本报记者 高丛', s1, '荔湾区：帮助特殊困难群体', '解决实际困难', s3].join('\n');
    expect(parsePage(text).articles.map((a) => a.headline)).toHaveLength(2);
  });
});
