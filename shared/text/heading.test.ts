import { describe, expect, it } from 'vitest';
import { clauseTitleShape, hasPhraseSpace, isHeadingLike, isKickerLike, isSectionLabel, isSubheadLike, isTitleLike, sectionName } from './heading';
import { isListItem } from './list';

describe('isTitleLike', () => {
  it.each([
    '镇海为非公企业工会主席发放履职补贴',
    '每年50万元!',
    '有求必应、“私人订制”……',
    '我能行, 我肯定行!',
    '诸暨市“产改”工作紧紧依靠“枫桥经验”法宝 将职工千条心拧成发展一股绳',
    '全力推进,突出加强 新业态新就业群体 建会入会、权益保障工作',
    '“产改”进行时',
    '好消息! 杭州职工疗休养再添新线路',
  ])('title: %s', (line) => expect(isTitleLike(line)).toBe(true));

  it.each([
    ['a heading run into its paragraph', '岗位成才设平台,弘扬职工精神。区总工会全面推进'],
    ['a sentence', '余杭区某企业已恢复生产。'],
    ['two exclamations', '太好了!我们终于拿到了补贴'],
    ['an open bracket', '张增荣参加了农家乐(民'],
    ['a trailing comma', '创建活动开展以来,'],
    ['a discourse marker', '据悉,为贯彻落实习近平总书记'],
    ['a byline', '记者程雪报道'],
    ['a credit', '通讯员王林超 摄'],
    ['a list item', '- 1.杭州锅炉集团股份有限公司自动焊创新工作室'],
    ['a semicolon clause', '推企业复工复产,激发企业生产活力;另一方面是通过服务队进企业'],
    ['a continuation', '的大街小巷'],
    ['stops on a preposition', '这次改造的意义不仅在于'],
    ['stops on a particle', '沿河步道连成一条崭新的'],
    ['too long', '杭州市总工会相关负责人表示此次示范性创新工作室的推荐选树工作严格把握工作基础成果显著行业标杆三大要求'],
  ])('not a title: %s', (_why, line) => expect(isTitleLike(line)).toBe(false));
});

describe('isKickerLike', () => {
  it.each(['优中选优 树立标杆', '新经济 新业态 新领域', '岗位成才设平台 立功竞赛摆擂台 技术创新搭舞台', '“六有”标准建阵地 “五好”目标强基础', '每年50万元!', '有求必应、“私人订制”……'])(
    'kicker: %s',
    (line) => expect(isKickerLike(line)).toBe(true),
  );

  it.each([
    '宁波工会“十件实事”半年报出炉',
    '实名制信息采集一年,玉环市总工会录入会员数超10万人',
    '情相系才能心相印 嘉兴推进新业态新就业群体建会入会亮出好作风',
    '仙居职工志愿服务有了IP形象 “永安组合”亮相',
    '打造新时代产业工人队伍“江北方案”显成效',
  ])('headline, not kicker: %s', (line) => expect(isKickerLike(line)).toBe(false));
});

describe('isSubheadLike', () => {
  it.each([
    '16期招聘信息,架起云端上的“连心桥”',
    '“三度并举”,打好复工复产防疫战',
    '破题解难 稳步推进',
    '没有感同身受,哪来设身处地',
    '进了一家门,就是一家人',
    '聚焦“引领”,发挥试点示范作用',
    '引领职工最强音',
    '技能学习“一触即达”',
    '共建共享 助力企业发展、职工成长',
  ])('subhead: %s', (line) => expect(isSubheadLike(line)).toBe(true));

  it.each([
    ['discourse marker', '据悉,自2012年起,杭州市总'],
    ['sentence opener', '此次《意见》的出台是海宁市'],
    ['time phrase', '一个月来,每周的双休日志愿者们奔波在杭城'],
    ['marker', '其中,“劳动最光荣”以表彰'],
    ['long plain line', '这9个市级高技能人才(劳模)示范性创新工作室都在市级高技'],
    ['three clauses', '首批确定双向200名“红色工匠”培养人选,市、区县联动,把'],
    ['ends on a function word', '在更好地服务杭州职工的'],
    ['exclamation', '我能行, 我肯定行!'],
    ['lopsided clauses', '从全市范围看,新建的公园绿地将和原有的滨江步道连成一片'],
  ])('not a subhead (%s): %s', (_why, line) => expect(isSubheadLike(line)).toBe(false));

  it('reads a lopsided two-clause title as a kicker shape only', () => {
    const line = '今天上午,市民代表走进新落成的城市规划展览馆参观';
    expect(isSubheadLike(line)).toBe(false);
    expect(clauseTitleShape(line)).toBe(true);
    expect(clauseTitleShape('此次活动,吸引了来自全市各个街道的居民参加')).toBe(false);
  });

  it('heading-like adds long titles made of spaced phrases', () => {
    const line = '诸暨市“产改”工作紧紧依靠“枫桥经验”法宝 将职工千条心拧成发展一股绳';
    expect(isSubheadLike(line)).toBe(false);
    expect(hasPhraseSpace(line)).toBe(true);
    expect(isHeadingLike(line)).toBe(true);
    expect(hasPhraseSpace('工作思路 and 具体工作计划')).toBe(false);
  });
});

describe('section labels', () => {
  it('recognises labels by shape', () => {
    expect(isSectionLabel('“产改”进行时')).toBe(true);
    expect(isSectionLabel('【工会动态】')).toBe(true);
    expect(isSectionLabel('“双减”在行动')).toBe(true);
    expect(isSectionLabel('红五月 颂劳动')).toBe(false);
    expect(isSectionLabel('“三度并举”')).toBe(false);
    expect(isSectionLabel('诸暨市“产改”工作紧紧依靠“枫桥经验”法宝')).toBe(false);
  });

  it('recognises labels from the vocabulary, ignoring quotes', () => {
    expect(isSectionLabel('民生直通车')).toBe(false);
    expect(isSectionLabel('民生直通车', ['民生直通车'])).toBe(true);
    expect(isSectionLabel('“民生”直通车', ['民生直通车'])).toBe(true);
  });

  it('names the section without brackets and paired quotes, keeping a lone quote', () => {
    expect(sectionName('“产改”进行时')).toBe('产改进行时');
    expect(sectionName('【工会动态】')).toBe('工会动态');
    expect(sectionName('“新时代”面孔')).toBe('新时代面孔');
    expect(sectionName('新时代 "面孔')).toBe('新时代"面孔');
    expect(sectionName('‘双减’在行动')).toBe('双减在行动');
  });
});

describe('isListItem', () => {
  it.each(['- 1.杭州锅炉集团股份有限公司自动焊创新工作室;', '1.杭州锅炉', '(一)总体要求', '一、总体要求', '①第一', '• 要点'])('item: %s', (line) =>
    expect(isListItem(line)).toBe(true),
  );
  it.each(['1.25万名职工提供就业创业培训', '一是突出工作互动', '——编者', '2017年6月', '(以下简称《办法》)', '-5℃的低温', '-、中', '- ,后文'])('no item: %s', (line) =>
    expect(isListItem(line)).toBe(false),
  );
});
