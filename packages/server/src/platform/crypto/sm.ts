// 国密 algorithms from Node's OpenSSL: SM3 for hashes (audit chain), SM4-CBC with an HMAC-SM3 tag for personal
// identifiers at rest (encrypt-then-MAC; OpenSSL offers no SM4-GCM through Node). GB/T 39786-2021 expects
// commercial cryptography for the confidentiality and integrity of important data.
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export function sm3(data: string | Buffer): string {
  return createHash('sm3').update(data).digest('hex');
}

export class FieldCipher {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;

  constructor(secret: Buffer) {
    if (secret.length !== 32) throw new Error('field key must be 32 bytes');
    this.encKey = secret.subarray(0, 16);
    this.macKey = secret.subarray(16, 32);
  }

  encrypt(plain: string): string {
    const iv = randomBytes(16);
    const cipher = createCipheriv('sm4-cbc', this.encKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const tag = createHmac('sm3', this.macKey).update(iv).update(body).digest();
    return `sm4:${Buffer.concat([iv, body, tag]).toString('base64')}`;
  }

  decrypt(stored: string): string {
    if (!stored.startsWith('sm4:')) throw new Error('not an SM4 field');
    const raw = Buffer.from(stored.slice(4), 'base64');
    const iv = raw.subarray(0, 16);
    const body = raw.subarray(16, raw.length - 32);
    const tag = raw.subarray(raw.length - 32);
    const expected = createHmac('sm3', this.macKey).update(iv).update(body).digest();
    if (tag.length !== 32 || !timingSafeEqual(tag, expected)) throw new Error('SM4 field failed its integrity check');
    const decipher = createDecipheriv('sm4-cbc', this.encKey, iv);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }
}
