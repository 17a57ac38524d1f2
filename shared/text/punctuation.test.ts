import { describe, expect, it } from 'vitest';
import {
  countCommas,
  endsWithContinuationMark,
  endsWithFinalPunct,
  hasInnerSentenceEnd,
  hasUnclosedBracket,
  isBalanced,
  startsWithClosingMark,
  trimLine,
  visibleLength,
} from './punctuation';

describe('trimLine / visibleLength', () => {
  it('strips ASCII, ideographic and BOM whitespace at both ends only', () => {
    expect(trimLine('\uFEFF\u3000\u3000本报讯 记者程雪报道 \r')).toBe('本报讯 记者程雪报道');
    expect(trimLine('   ')).toBe('');
    expect(visibleLength('优中选优 树立标杆')).toBe(8);
    expect(visibleLength('𠮷野家')).toBe(3);
  });

  it('is linear on long inner runs of spaces', () => {
    const line = 'a' + ' '.repeat(200_000) + 'b';
    expect(trimLine(line)).toBe(line);
  });
});

describe('sentence endings', () => {
  it('knows final punctuation, also behind closing quotes and in both widths', () => {
    expect(endsWithFinalPunct('……才能方向对头、措施对症。”')).toBe(true);
    expect(endsWithFinalPunct('我能行, 我肯定行!')).toBe(true);
    expect(endsWithFinalPunct('9个创新工作室为市级高技能人才(劳模)示范性创新工作室:')).toBe(true);
    expect(endsWithFinalPunct('16期招聘信息,架起云端上的“连心桥”')).toBe(false);
    expect(endsWithFinalPunct('据悉,自2012年起,杭州市总')).toBe(false);
  });

  it('knows marks that keep a sentence going', () => {
    expect(endsWithContinuationMark('创建活动开展以来,')).toBe(true);
    expect(endsWithContinuationMark('充分发挥技能竞赛、')).toBe(true);
    expect(endsWithContinuationMark('以1:2的比例确定“')).toBe(true);
    expect(endsWithContinuationMark('张增荣参加了农家乐(民')).toBe(false);
    expect(startsWithClosingMark('”。他说')).toBe(true);
    expect(startsWithClosingMark('工会已连续多年')).toBe(false);
  });

  it('finds a sentence end inside the line', () => {
    expect(hasInnerSentenceEnd('岗位成才设平台,弘扬职工精神。区总工会全面推进')).toBe(true);
    expect(hasInnerSentenceEnd('我能行, 我肯定行!')).toBe(false);
    expect(hasInnerSentenceEnd('“太好了!”')).toBe(false);
  });
});

describe('brackets and quotes', () => {
  it('finds what is left open', () => {
    expect(hasUnclosedBracket('张增荣参加了农家乐(民')).toBe(true);
    expect(hasUnclosedBracket('“实名制管理工作在推进过')).toBe(true);
    expect(hasUnclosedBracket('以1:2的比例确定“红')).toBe(true);
    expect(hasUnclosedBracket('杭州市9个市级高技能人才(劳模)示范性创新工作室出炉')).toBe(false);
    expect(hasUnclosedBracket('为实名制的全面推进加了一把火”。')).toBe(false);
  });

  it('requires every mark closed and none closed unopened for balance', () => {
    expect(isBalanced('诸暨市“产改”工作紧紧依靠“枫桥经验”法宝')).toBe(true);
    expect(isBalanced('加了一把火”')).toBe(false);
    expect(isBalanced('《关于印发〈镇海区…〉的通知》')).toBe(true);
    expect(isBalanced('“工会改革要‘三性’、‘去‘四化’')).toBe(false);
  });

  it('counts clause commas of both widths', () => {
    expect(countCommas('全力推进,突出加强，新业态')).toBe(2);
  });
});
