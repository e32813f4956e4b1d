// The document's own place, read from its issuer and the head of its title ("华蓥市交通运输局" → 华蓥市, 华蓥;
// "德阳市罗江区关于…" → 德阳市, 罗江区, 罗江). Case offices and drafters write the home place by name as often as
// "本地": "须在华蓥市设立分支机构", "优先选择在惠安县注册登记的企业" (round 7, docs/precheck.md). The competition
// rules read such a name as the home place, and only the document's own names: another city named in the text is no
// seat at home.

/** An administrative division at the head of a name: two to six characters and its suffix. */
const DIVISION = /^([\u4e00-\u9fa5]{2,6}?)(自治区|自治州|自治县|省|市|州|盟|县|区|旗)/;
/** Words that begin an office's name, never a place ("综合实验区" is a zone, not a district of its own). */
const NOT_PLACE = /^(人民|关于|印发|住房|综合|行政|自然|城市|交通|应急|卫生|市场|财政|发展|生态|农业|教育|公安|民政)/;

function divisionsAtHead(name: string): string[] {
  const places: string[] = [];
  let rest = name.trim();
  for (;;) {
    if (NOT_PLACE.test(rest)) break;
    const m = DIVISION.exec(rest);
    if (m === null) break;
    const [whole, stem] = m;
    places.push(whole);
    // The short form a text uses for its own county or district ("在罗江注册"): a stem of two characters or more.
    if (stem !== undefined && stem.length >= 2) places.push(stem);
    rest = rest.slice(whole.length);
  }
  return places;
}

/**
 * A zone the document governs as its issuer or title names it ("丽水经济技术开发区…管理委员会"): the text calls it by its
 * kind ("在开发区注册公司").
 */
const ZONE = /(经济技术开发区|高新技术产业开发区|开发区|高新区|经开区|集聚区|实验区|产业园区|新区)/;

/** The place names a document's issuer and title give for its own jurisdiction, longest first. */
export function homePlaces(context: { title?: string | undefined; issuer?: string | undefined }): string[] {
  const names = new Set<string>();
  for (const source of [context.issuer, context.title]) {
    if (source === undefined) continue;
    for (const p of divisionsAtHead(source)) names.add(p);
    const zone = ZONE.exec(source)?.[1];
    if (zone !== undefined) names.add(zone);
    // "经济技术开发区" is "开发区" in its own text.
    if (zone !== undefined && zone.endsWith('开发区')) names.add('开发区');
  }
  return [...names].sort((a, b) => b.length - a.length);
}

/** A named city's own urban area ("黄冈市区") is read by the competition terms as it stands. */
const URBAN_AREA = /^(区|城区|市区|县城)/;

/**
 * The clause text with the document's own place names written as 本地 ("须在华蓥市设立" → "须在本地设立"), so that
 * patterns written for 本地 read them, and for each offset of that text the offset it came from.
 */
export function withHomeAsLocal(text: string, places: readonly string[]): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  let i = 0;
  while (i < text.length) {
    const place = places.find((p) => text.startsWith(p, i) && !URBAN_AREA.test(text.slice(i + p.length)));
    if (place === undefined) {
      out += text[i];
      origin.push(i);
      i++;
      continue;
    }
    out += '本地';
    origin.push(i, i + place.length - 1);
    i += place.length;
  }
  origin.push(text.length);
  return { text: out, origin };
}
