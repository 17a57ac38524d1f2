// The parser on the five sample pages: every expectation below was counted by reading the page text.
import { describe, expect, it } from 'vitest';
import type { ParsedArticle, ParsedPage } from '../model/types';
import { samplePage as sample } from '../../tests/fixtures/samples';
import { parsePage } from './index';

const pages = new Map<string, { text: string; page: ParsedPage }>();
function page(prefix: string) {
  let p = pages.get(prefix);
  if (!p) {
    const text = sample(prefix);
    p = { text, page: parsePage(text) };
    pages.set(prefix, p);
  }
  return p;
}

type Heads = [kicker: string | null, headline: string, subtitle: string | null];
const heads = (a: ParsedArticle): Heads => [a.kicker, a.headline, a.subtitle];

const EXPECTED: Record<string, { heads: Heads[]; bylines: Array<string | null>; kinds: string[] }> = {
  '000': {
    heads: [
      ['优中选优 树立标杆', '杭州市9个市级高技能人才(劳模)示范性创新工作室出炉', null],
      ['每年50万元!', '镇海为非公企业工会主席发放履职补贴', null],
      ['强联动 重互通', '定海远洋渔业小镇工会联盟召开首次理事会议', null],
      [null, '爱心服务送到家', null],
      [null, '海宁村(社区)专职工作者将有专属“娘家”', null],
      ['坚持“两手硬” 助力“两战赢”', '三组数据凸显余杭工会担当作为', null],
      [null, '工会牵线云平台 帮助企业找订单', null],
    ],
    bylines: [
      '本报讯 通讯员张晓燕报道',
      '本报讯 记者张浩呈 通讯员陆珊宇报道',
      '本报讯 通讯员舟工报道',
      '通讯员王林超 摄',
      '本报讯 通讯员杨国祥报道',
      '通讯员唐恺良报道',
      '本报讯 通讯员王頔报道',
    ],
    kinds: ['news', 'news', 'news', 'photo', 'news', 'news', 'news'],
  },
  '001': {
    heads: [
      [null, '宁波工会“十件实事”半年报出炉', '152万人次参加职工互助保障'],
      ['新经济 新业态 新领域', '龙泉工会扩面提质 助力创新创业', null],
      [null, '油画微课堂 职工新体验', null],
      [null, '跨越千里情暖一方 精准帮扶共惠民生', null],
      [null, '杭州市总工会心系恩施、黔东南', null],
      [null, '温州市总工会牵手四川阿坝州', null],
      [null, '巧手翻飞,给生活加点甜', null],
      ['享歌声 交朋友', '杭州新湾街道职工多了个好去处', null],
      ['岗位成才设平台 立功竞赛摆擂台 技术创新搭舞台', '定海工会打造人才培育“生态链”', null],
      [null, '实名制信息采集一年,玉环市总工会录入会员数超10万人', '画好普惠服务“同心圆”'],
    ],
    bylines: [
      '本报讯 记者张浩星 通讯员员郁诗怡报道',
      '本报讯 记者程雷 通讯员季月文、白蕾报道',
      '通讯员解宏伟 摄',
      '——编者',
      '本报讯 记者洪菡婷 通讯员王钰哲报道',
      '本报讯 通讯员陈怡、曾刚毅、施胡见习记者邹伟锋报道',
      '通讯员王洁洁、薛晓斐 摄',
      '本报讯 记者洪菡婷 通讯员郁佳炜、顾丽佳报道',
      '本报讯 记者冯伟祥 通讯员陈瑾报道',
      '通讯员陈玉丽报道',
    ],
    kinds: ['news', 'news', 'photo', 'editor-note', 'news', 'news', 'photo', 'news', 'news', 'news'],
  },
  '002': {
    heads: [
      ['党工共建齐发力 双向培养育队伍', '湖州启动非公企业“红色工匠”培育活动', null],
      [null, '引领职工争做新时代的“垦荒者”', '台州市总工会推进“垦荒精神立心”工作'],
      ['“六有”标准建阵地 “五好”目标强基础', '义乌星级工会创建增活力', null],
      [null, '阅读,带来成长的力量', '海曙职工“云上”共享“书香”'],
      [null, '协商“比武”提升业务', null],
      ['有求必应、“私人订制”……', '衢州这支团队是中小企业的“福星”', null],
      [null, '打造新时代产业工人队伍“江北方案”显成效', '培训职工万名 企业增效千万'],
    ],
    bylines: [
      '本报讯 通讯员周建巨报道',
      '本报讯 记者杜成敏报道',
      '本报讯 记者羊荣江报道',
      '本报讯 通讯员郑轶文报道',
      '本报讯 通讯员许琴婷报道',
      '毛朝阳、姚磊、张志伟报道',
      '通讯员周永卫、王际明报道',
    ],
    kinds: ['news', 'news', 'news', 'news', 'news', 'news', 'news'],
  },
  '003': {
    heads: [
      [null, '情相系才能心相印 嘉兴推进新业态新就业群体建会入会亮出好作风', '全力推进,突出加强 新业态新就业群体 建会入会、权益保障工作'],
      [null, '诸暨市“产改”工作紧紧依靠“枫桥经验”法宝 将职工千条心拧成发展一股绳', null],
      [null, '我省市场监管系统 举行食安法律 知识大比武', null],
      [null, '我能行, 我肯定行!', null],
    ],
    bylines: ['记者阮向民报道', '记者胡舫报道', '本报讯 记者羊荣江报道', '通讯员张鲜红 摄'],
    kinds: ['news', 'news', 'news', 'photo'],
  },
  '004': {
    heads: [
      [null, '一年一度的中国医师节即将到来 我省表彰一批先进集体和个人', null],
      [null, '数字赋能 云端共享 吴兴用“三朵云”提升产业工人获得感', null],
      ['开创“基层组建、基层改革”工作新局面', '共建共享促发展', '舟山市定海远洋渔业小镇工会联盟打造“合作型”阵地'],
      [null, '仙居职工志愿服务有了IP形象 “永安组合”亮相', '暖男“永永”、萌妹“安安”'],
    ],
    bylines: ['本报讯 记者程雪报道', '记者程雪报道', '见习记者李国峰报道', '本报讯 通讯员胡晓雨 记者潘仙德报道'],
    kinds: ['news', 'news', 'news', 'news'],
  },
};

describe.each(Object.keys(EXPECTED))('sample page %s', (prefix) => {
  const expected = EXPECTED[prefix];

  it('finds every article with its heading stack, in reading order', () => {
    const { articles } = page(prefix).page;
    expect(articles.map(heads)).toEqual(expected.heads);
  });

  it('reads bylines and kinds', () => {
    const { articles } = page(prefix).page;
    expect(articles.map((a) => a.byline)).toEqual(expected.bylines);
    expect(articles.map((a) => a.kind)).toEqual(expected.kinds);
  });

  it('keeps each article’s exact raw slice and a body of trimmed, non-blank paragraphs', () => {
    const { text, page: p } = page(prefix);
    for (const a of p.articles) {
      expect(a.ocr).toBe(text.slice(a.range.start, a.range.end));
      expect(a.ocr.startsWith(a.kicker ?? a.headline) || a.sections.length > 0).toBe(true);
      for (const line of a.body.split('\n')) {
        expect(line.trim()).toBe(line);
        expect(line.length).toBeGreaterThan(0);
        expect(a.ocr).toContain(line);
      }
      // The heading stack is not part of the body; the lead keeps its byline prefix.
      expect(a.body.split('\n')).not.toContain(a.headline);
      if (a.byline && a.kind === 'news') expect(a.body).toContain(a.byline);
    }
  });

  it('keeps noise apart from articles', () => {
    const { text, page: p } = page(prefix);
    for (const n of p.noise) {
      expect(n.text).toBe(text.slice(n.range.start, n.range.end));
      for (const a of p.articles) {
        expect(n.range.end <= a.range.start || n.range.start >= a.range.end).toBe(true);
        for (const line of n.text.split('\n').filter((l) => l.trim())) expect(a.body).not.toContain(line.trim());
      }
    }
  });
});

describe('page 000 (inner page)', () => {
  it('has no masthead and no noise', () => {
    expect(page('000').page.meta).toBeNull();
    expect(page('000').page.noise).toEqual([]);
  });

  it('leaves a column-broken line in its paragraph: no new article, no subhead', () => {
    const first = page('000').page.articles[0];
    const lines = first.body.split('\n');
    const broken = lines.indexOf('据悉,自2012年起,杭州市总');
    expect(broken).toBeGreaterThan(0);
    expect(lines[broken + 1].startsWith('工会已连续多年')).toBe(true);
    expect(first.subheads).toEqual([]);
    expect(lines[0].startsWith('本报讯 通讯员张晓燕报道 近日,杭州市总工会命名')).toBe(true);
    // The numbered list stays in the body, item by item.
    expect(lines.filter((l) => l.startsWith('- '))).toHaveLength(9);
  });

  it('reads photo news: title, image slot, caption paragraphs, credit on its own line', () => {
    const photo = page('000').page.articles[3];
    const lines = photo.body.split('\n');
    expect(lines[0].startsWith('新冠肺炎疫情发生后')).toBe(true);
    expect(lines[lines.length - 1]).toBe('通讯员王林超 摄');
    expect(lines).toHaveLength(5);
  });

  it('finds subheads inside a body but keeps headings run into a paragraph inline', () => {
    const article = page('000').page.articles[5];
    expect(article.subheads).toEqual(['16期招聘信息,架起云端上的“连心桥”', '20万元补贴,鼓励外来务工人员返岗', '“三度并举”,打好复工复产防疫战']);
    // An image caption comes before the lead; the lead keeps its byline.
    expect(article.body.split('\n').slice(0, 2)).toEqual([
      '余杭区某企业已恢复生产。',
      expect.stringMatching(/^通讯员唐恺良报道 自2月10日/),
    ]);
    expect(article.body).toContain('切实强化复工复产的力度。区总工会对照');
  });
});

describe('page 001 (inner page)', () => {
  it('reads the editor’s note ending in ——编者 as its own article', () => {
    const note = page('001').page.articles[3];
    expect(note.kind).toBe('editor-note');
    expect(note.body.split('\n')).toEqual([expect.stringMatching(/^一直以来,对口帮扶.*“风景线”。$/), '——编者']);
  });

  it('ends a truncated story where the next photo starts', () => {
    const [, longquan, photo] = page('001').page.articles;
    expect(longquan.body.split('\n').at(-1)).toBe('张增荣参加了农家乐(民');
    expect(photo.body.split('\n')).toHaveLength(5);
  });

  it('reads a photo whose caption is broken across columns', () => {
    const photo = page('001').page.articles[6];
    expect(photo.body.split('\n')).toEqual([
      expect.stringMatching(/武林街$/),
      expect.stringMatching(/^道总工会.*烘焙实训操练$/),
      '通讯员王洁洁、薛晓斐 摄',
    ]);
  });

  it('finds subheads and leaves inline headings alone', () => {
    const { articles } = page('001').page;
    expect(articles[9].subheads).toEqual(['破题解难 稳步推进', '铺路搭桥 全面推广', '精准对接 普惠服务']);
    expect(articles[8].subheads).toEqual([]);
    expect(articles[8].body).toContain('岗位成才设平台,弘扬职工精神。区总工会');
  });
});

describe('page 002 (inner page)', () => {
  it('keeps the page banner as noise', () => {
    expect(page('002').page.noise.map((n) => [n.reason, n.text])).toEqual([['banner', '红五月 颂劳动']]);
    expect(page('002').page.articles[0].kicker).toBe('党工共建齐发力 双向培养育队伍');
  });

  it('reads a names-only byline and keeps the lead whole', () => {
    const article = page('002').page.articles[5];
    expect(article.body.split('\n')[0]).toBe('毛朝阳、姚磊、张志伟报道 近日,衢州市总工会金蓝领技术协作创新团队9名队员走进企业,帮企业解决技术难题,助企业复工复产。');
  });

  it('moves a caption set into a paragraph after that paragraph, so its halves meet', () => {
    const lines = page('002').page.articles[5].body.split('\n');
    const cut = lines.findIndex((l) => l.endsWith('一方面是助'));
    expect(lines[cut + 1].startsWith('推企业复工复产')).toBe(true);
    expect(lines.at(-1)).toBe('金蓝领技术协作团队成员商讨技术难题。');
    expect(lines.at(-2)!.startsWith('和工作效率。”')).toBe(true);
  });

  it('reads a news article with an image slot but no caption', () => {
    const article = page('002').page.articles[4];
    expect(article.body.split('\n')).toHaveLength(3);
    expect(article.ocr).toContain('协商“比武”提升业务\n\n\n\n本报讯');
  });
});

describe('page 003 (front page)', () => {
  it('reads the masthead', () => {
    expect(page('003').page.meta).toEqual({
      paper: '浙江工人日报',
      date: '2021-11-22',
      lunarDate: '辛丑年十月十八',
      weekday: '星期一',
      serialNo: '11970',
      cn: 'CN33-0018',
      postalCode: '31-2',
      website: 'www.zjgrrb.com',
      email: 'zjgrrb@163.com',
    });
  });

  it('classifies masthead, slogans, QR caption, address and hotline as noise', () => {
    expect(page('003').page.noise.map((n) => n.reason)).toEqual(['masthead', 'slogan', 'caption', 'masthead', 'hotline']);
    const texts = page('003').page.noise.map((n) => n.text);
    expect(texts[2]).toBe('浙江省总工会官方微信公众号');
    expect(texts[3]).toBe('社址: 杭州市学院路107号 邮编: 310012');
    expect(texts[4]).toBe('88851111\n\n新闻服务热线');
  });

  it('gives the article under “产改”进行时 its section', () => {
    const { articles } = page('003').page;
    expect(articles.map((a) => a.sections)).toEqual([[], ['产改进行时'], [], []]);
    expect(articles[1].ocr.startsWith('“产改”进行时\n\n诸暨市')).toBe(true);
    expect(articles[1].subheads).toEqual(['聚焦“引领”,发挥试点示范作用', '聚焦“提升”,发挥产业赋能作用']);
    expect(articles[0].subheads).toEqual(['没有感同身受,哪来设身处地', '只要心里有职工,办法总比困难多', '进了一家门,就是一家人']);
  });

  it('reads a photo whose credit is stuck to the caption', () => {
    const photo = page('003').page.articles[3];
    expect(photo.body.split('\n').at(-1)!.endsWith('连竖大拇指。通讯员张鲜红 摄')).toBe(true);
  });
});

describe('page 004 (front page)', () => {
  it('reads the masthead, with the OCR’s misreadings as they are', () => {
    expect(page('004').page.meta).toEqual({
      paper: '浙江工人日报',
      date: '2021-08-18',
      lunarDate: '辛丑年七月十一',
      weekday: '星期三',
      serialNo: '11895',
      cn: 'CN33-0018',
      postalCode: '31-2',
      website: 'www.zjgrbb.com',
      email: 'zjarkw@163.com',
    });
  });

  it('keeps the bank advertisements out and reads the article after them', () => {
    const { noise, articles } = page('004').page;
    expect(noise.map((n) => n.reason)).toEqual(['masthead', 'slogan', 'caption', 'masthead', 'hotline', 'advertisement']);
    const ads = noise[5].text;
    for (const line of ['中国农业银行', '客服热线:95599 www.abchina.com', 'ICBC 中国工商银行', 'Official Partner of the Olympic Winter Games Beijing 2022', '北京 2022年冬季奥运会官方合作伙伴']) {
      expect(ads).toContain(line);
      for (const a of articles) expect(a.ocr).not.toContain(line);
    }
    const last = articles[3];
    expect(last.range.start).toBeGreaterThan(noise[5].range.end);
    expect(last.body.split('\n')[0].startsWith('本报讯 通讯员胡晓雨 记者潘仙德报道 日前,')).toBe(true);
  });

  it('gives the article under “产改”进行时 its section and finds its subheads', () => {
    const { articles } = page('004').page;
    expect(articles.map((a) => a.sections)).toEqual([[], ['产改进行时'], [], []]);
    expect(articles[1].subheads).toEqual(['引领职工最强音', '技能学习“一触即达”', '铺就稳岗就业快速路']);
    expect(articles[2].subheads).toEqual(['建立标杆 发挥龙头企业工会作用', '协同联动 激发成员单位活力', '共建共享 助力企业发展、职工成长']);
  });
});
