import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../parse/index';
import { endsWithFinalPunct } from '../../text/punctuation';
import type { RuleEdit } from '../rule';
import { rejoinBreakRule } from './rejoin';
import { samplePages } from '../../../tests/fixtures/samples';

const files = samplePages.map((p) => p.file);
const bodiesOf = (file: string) => parsePage(samplePages.find((p) => p.file === file)!.text).articles.map((a) => a.body);
const allBodies = files.flatMap(bodiesOf);

function applyEdits(text: string, edits: readonly RuleEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.after + out.slice(e.end);
  return out;
}
const clean = (text: string) => applyEdits(text, rejoinBreakRule.apply(text));

/**
 * Every line break in the sample bodies after a line without final punctuation, as `±<last 4 chars of the upper
 * line>|<first 4 of the lower>`: + joined, - kept apart. Each was checked by reading the page. The kept ones are
 * subheads before their paragraph and a caption before its credit.
 */
const VERIFIED: Record<string, string[]> = {
  '000': ['+杭州市总|工会已连', '+工会和产|业工会推', '+市级高技|能人才(', '+工会主席|的觉悟来', '+波在杭城|的大街小', '+会及股份|经济合作', '+合法权益|支出的费', '+织法》规|定的工作', '+是海宁市|总工会“', '+战、经济|发展总体', '-连心桥”|继学生云', '+总工会在|“余杭工', '-人员返岗|“余杭的', '+来务工人|员返岗车', '-产防疫战|当前,正', '+,鼓励企|业在做好', '+过给中小|企业建立'],
  '001': ['+同互动的|方式,让', '+州职工的|等关爱服', '+协作和对|口援助工', '+每年推荐|和组织温', '+准按每名|4000', '+、武林街|道总工会', '-实训操练|通讯员王', '+去处,也|推动了新', '+大家都很|喜欢音乐', '-稳步推进|“工会改', '+会员实名|制管理工', '-全面推广|“实名制', '+在推进过|程中并不', '-普惠服务|为进一步', '+的工会会|员,特别'],
  '002': ['+联动,把|100名', '+确定“红|色工匠”', '+能竞赛、|技术攻关', '+选派党员|导师进行', '+平总书记|市委提出', '+”以表彰|先进和宣', '+动精神、|劳模精神', '+展以来,|义乌市总', '+级至“五|星级示范', '+、海曙工|荟朗读社', '+企业因为|招工难,', '+方面是助|推企业复', '+队进企业|的方式,', '+技能素质|和工作效', '+等全方位|服务产业', '+队伍建设|改革工作', '+进行专题|表彰。截', '+——宁波|新胜中压'],
  '003': ['-设身处地|今年6月', '+同作息,|小分队对', '+物流、货|车司机、', '-比困难多|两年前,', '+建会、线|线下建会', '-是一家人|平湖市一', '+工工作生|活特点和', '-示范作用|实现共同', '+优势移植|到企业,', '+亮集团,|“产改”', '+过长期的|实践,形', '-赋能作用|“推进‘', '+机制应运|而生,“', '+参赛率达|99.2', '+抢答等环|节,吸引'],
  '004': ['+献、大爱|无疆”的', '+0家医院|获得“十', '+幸福的许|金良。洪', '-工最强音|“技术工', '+列创新活|动。在湖', '-触即达”|“职工是', '+所欲”地|学习知识', '+提前录制|学习内容', '-业快速路|今年春天', '+实现更高|质量和服', '+法律咨询|人数等信', '-工会作用|舟山市定', '+工会探索|走出了依', '-单位活力|除了龙头', '+组长’,|最后往往', '+、一场场|技能竞赛', '-职工成长|工会联盟'],
};

/** The rule's decision at every break after a line without final punctuation (and at every join). */
function decisions(body: string): string[] {
  const joined = new Set(rejoinBreakRule.apply(body).map((e) => e.start));
  const lines = body.split('\n');
  const out: string[] = [];
  let pos = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    pos += lines[i].length;
    const join = joined.has(pos);
    if (join || !endsWithFinalPunct(lines[i])) out.push(`${join ? '+' : '-'}${lines[i].slice(-4)}|${lines[i + 1].slice(0, 4)}`);
    pos += 1;
  }
  return out;
}

describe('rejoin-break on the samples', () => {
  it.each(files.map((f) => [f.slice(0, 3), f]))('decides every break of page %s as verified by reading', (prefix, file) => {
    expect(bodiesOf(file).flatMap(decisions)).toEqual(VERIFIED[prefix]);
  });

  it('keeps apart 18 of the 82 breaks a naive "no final punctuation → join" rule would join', () => {
    const computed = files.flatMap((f) => bodiesOf(f).flatMap(decisions));
    expect(computed).toHaveLength(82);
    expect(computed.filter((d) => d.startsWith('+'))).toHaveLength(64);
    expect(computed.filter((d) => d.startsWith('-'))).toHaveLength(18);
  });

  it('joins page 000’s 杭州市总 / 工会已连续多年', () => {
    const body = bodiesOf(files[0])[0];
    expect(body).toContain('据悉,自2012年起,杭州市总\n工会已连续多年');
    expect(clean(body)).toContain('据悉,自2012年起,杭州市总工会已连续多年在全市各行业开展');
  });

  it('joins page 004’s name split 许 / 金良。', () => {
    const body = bodiesOf(files[4])[0];
    expect(clean(body)).toContain('给一方百姓带去了健康与幸福的许金良。洪军等50名优秀医务工作者获“仁心仁术奖”。');
  });

  it('only ever deletes one line break, with a bilingual reason', () => {
    for (const body of allBodies) {
      for (const e of rejoinBreakRule.apply(body)) {
        expect(body.slice(e.start, e.end)).toBe('\n');
        expect(e.after).toBe('');
        expect(e.reason?.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(e.reason?.en).toMatch(/joined/);
      }
    }
  });

  it('is idempotent on every sample body', () => {
    for (const body of allBodies) expect(rejoinBreakRule.apply(clean(body))).toEqual([]);
  });
});

describe('rejoin-break keeps structure apart', () => {
  it.each([
    ['headline + lead', '镇海为非公企业工会主席发放履职补贴\n本报讯 记者张浩呈 通讯员陆珊宇报道 近日,宁波镇海区总工会发布了通知。'],
    ['kicker + headline', '优中选优 树立标杆\n杭州市9个市级高技能人才(劳模)示范性创新工作室出炉'],
    ['spaced headline + paragraph', '跨越千里情暖一方 精准帮扶共惠民生\n一直以来,对口帮扶是国家一项重要的扶贫开发政策。'],
    ['subhead + paragraph', '破题解难 稳步推进\n“工会改革要‘三性’、‘去‘四化’,坚持重心向下、群众导向。”'],
    ['comma subhead + paragraph', '16期招聘信息,架起云端上的“连心桥”\n继学生云上课,上班族云上班后,云招聘也陆续上线。'],
    ['caption + credit', '来自辖区20余家单位的48名职工参加了一场别开生面、巧手翻飞的烘焙实训操练\n通讯员王洁洁、薛晓斐 摄'],
    ['list items', '- 1.杭州锅炉集团股份有限公司自动焊创新工作室;\n- 2.杭州西湖风景名胜景区灵隐管理处张振羽荷花水湿生植物创新工作室;'],
    ['open line + list item', '最终选树出以下9个创新工作室为市级高技能人才示范性创新工作室,\n- 1.杭州锅炉集团股份有限公司自动焊创新工作室;'],
    ['byline line + text', '本报讯 记者程雪\n在今年中国医师节即将到来之际,省委、省政府发文表彰了一批先进医疗机构。'],
    ['truncated story + next title', '张增荣参加了农家乐(民\n油画微课堂 职工新体验'],
    ['open line + byline lead', '四十多年如一日坚守在基层岗位上,凭借出色的医术,\n记者程雪报道 新时代浙江产业工人队伍建设改革工作怎么干?'],
    ['note + signature', '我们坚信,精准帮扶、共惠民生的生动局面,必定会成为新时代我省各级工会的一道靓丽\n——编者'],
    ['ad lines', '中国农业银行 大行普惠 伴您成长\n客服热线:95599 www.abchina.com'],
    ['finished sentence', '截至今年7月31日,已有606家基层工会的10万余名工会会员同步到数据库中。\n“实名制工作是线上线下工会工作的有力推进器。”阮勇说。'],
  ])('%s', (_why, text) => {
    expect(rejoinBreakRule.apply(text)).toEqual([]);
  });

  it('treats a blank line as a paragraph boundary', () => {
    expect(rejoinBreakRule.apply('据悉,自2012年起,杭州市总\n\n工会已连续多年在全市各行业开展活动。')).toEqual([]);
  });
});

describe('rejoin-break joins', () => {
  it('decides chains left to right on the merged text', () => {
    const text = '不仅仅是“私人订制”,“金蓝领技术服务队进企业,一方面是助\n推企业复工复产,激发企业生产活力;另一方面是通过服务队进企业\n的方式,不断提高职工技能素质\n和工作效率。”徐小军表示。\n金蓝领技术协作团队成员商讨技术难题。';
    const edits = rejoinBreakRule.apply(text);
    expect(edits).toHaveLength(3);
    expect(clean(text).split('\n')).toEqual([
      '不仅仅是“私人订制”,“金蓝领技术服务队进企业,一方面是助推企业复工复产,激发企业生产活力;另一方面是通过服务队进企业的方式,不断提高职工技能素质和工作效率。”徐小军表示。',
      '金蓝领技术协作团队成员商讨技术难题。',
    ]);
    expect(rejoinBreakRule.apply(clean(text))).toEqual([]);
  });

  it('explains why: an open mark, an open bracket, or prose without an ending', () => {
    const [mark] = rejoinBreakRule.apply('创建活动开展以来,\n义乌市总工会精心创新载体。');
    const [bracket] = rejoinBreakRule.apply('“实名制管理工作在推进过\n程中并不容易。”');
    const [prose] = rejoinBreakRule.apply('据悉,自2012年起,杭州市总\n工会已连续多年开展活动。');
    expect(mark.reason?.en).toMatch(/comma/);
    expect(bracket.reason?.en).toMatch(/bracket/);
    expect(prose.reason?.en).toMatch(/prose/);
    expect(new Set([mark.reason?.zh, bracket.reason?.zh, prose.reason?.zh]).size).toBe(3);
  });

  it('joins a fragment that stops on a preposition or particle, or runs one clause on after a short one', () => {
    const text = ['这次改造的意义不仅在于', '改善了居民的出行条件,也带动了周边商业。', '从全市范围看,新建的公园绿地将和原有的沿江绿道', '连成一片。'].join('\n');
    expect(clean(text).split('\n')).toEqual(['这次改造的意义不仅在于改善了居民的出行条件,也带动了周边商业。', '从全市范围看,新建的公园绿地将和原有的沿江绿道连成一片。']);
  });

  it('keeps a space between Latin words or numbers meeting at the break', () => {
    expect(clean('中国银行与北京冬奥组委签署赞助协议,正式成为北京2022年冬奥会的Official\nPartner,也是首家签约的银行。')).toBe(
      '中国银行与北京冬奥组委签署赞助协议,正式成为北京2022年冬奥会的Official Partner,也是首家签约的银行。',
    );
    expect(clean('在初赛环节,全省系统共有4577名食品安全监管人员参加了线上考试,参赛率达\n99.26%。')).toContain('参赛率达99.26%。');
  });

  it('removes indentation and trailing spaces around the joined break', () => {
    expect(clean('据悉,自2012年起,杭州市总 \n\u3000\u3000工会已连续多年开展活动。')).toBe('据悉,自2012年起,杭州市总工会已连续多年开展活动。');
  });

  it('is its own fixed point on arbitrary mixes of sample lines', () => {
    const lines = [...new Set(allBodies.flatMap((b) => b.split('\n')))];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lines), { maxLength: 40 }), (picked) => {
        const text = picked.join('\n');
        const edits = rejoinBreakRule.apply(text);
        for (let i = 1; i < edits.length; i++) expect(edits[i - 1].end).toBeLessThanOrEqual(edits[i].start);
        expect(rejoinBreakRule.apply(applyEdits(text, edits))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const edits = rejoinBreakRule.apply(text);
        for (const e of edits) expect(0 <= e.start && e.start <= e.end && e.end <= text.length).toBe(true);
        expect(rejoinBreakRule.apply(applyEdits(text, edits))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('names itself in both languages', () => {
    expect(rejoinBreakRule.id).toBe('rejoin-break');
    expect(rejoinBreakRule.label.zh && rejoinBreakRule.label.en).toBeTruthy();
    expect(rejoinBreakRule.reason.zh && rejoinBreakRule.reason.en).toBeTruthy();
  });
});
