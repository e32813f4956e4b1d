import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findInvisibleCharacter, invisibleCharacterProblem } from './index';

// The whole Unicode Bidi_Control set (PropList.txt) and the zero-width characters.
const bidiControl = [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
const zeroWidth = [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];

test('every bidirectional control character is refused, wherever it stands', () => {
  for (const n of bidiControl) {
    const found = findInvisibleCharacter(`关于${String.fromCodePoint(n)}印发的通知`);
    assert.equal(found?.kind, 'bidi', n.toString(16));
    assert.equal(found?.index, 2);
  }
});

test('zero-width spaces, joiners and a byte-order mark inside the text are refused', () => {
  for (const n of zeroWidth)
    assert.equal(findInvisibleCharacter(`电动${String.fromCodePoint(n)}自行车`)?.kind, 'zero-width');
});

test('control characters are refused; line breaks and tabs only in multi-line text', () => {
  assert.equal(findInvisibleCharacter('a\u0000b')?.kind, 'control');
  assert.equal(findInvisibleCharacter('a\u0085b', true)?.kind, 'control');
  assert.equal(findInvisibleCharacter('第一条\n第二条')?.kind, 'control');
  assert.equal(findInvisibleCharacter('第一条\r\n\t第二条', true), null);
});

test('ordinary Chinese text with full-width punctuation, emoji and rare characters passes', () => {
  for (const v of ['示市监规〔2026〕3号', '关于《电动自行车》的意见：“同意”！', '𠀀字 👍', 'Ｆｕｌｌ　ｗｉｄｔｈ'])
    assert.equal(findInvisibleCharacter(v), null, v);
});

test('the message names the field, the character and where it stands', () => {
  assert.equal(
    invisibleCharacterProblem('文件标题', '𠀀关于\u202e通知'),
    '文件标题包含不可见的文字方向控制字符（U+202E，第4个字符处），请删除后重新输入',
  );
  assert.equal(
    invisibleCharacterProblem('意见内容', '同意\u200b'),
    '意见内容包含不可见的零宽字符（U+200B，第3个字符处），请删除后重新输入',
  );
  assert.equal(invisibleCharacterProblem('意见内容', '同意'), null);
});
