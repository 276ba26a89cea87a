import type { Instrument } from "./series";

// The instruments the rules come from (criteria.md, "Official instruments"), with the copy of each
// that was read (criteria.md section 6; a government or university copy where one is listed).

export const SIZE_STANDARD_2011: Instrument = {
  doc: "工信部联企业〔2011〕300号",
  from: "2011-06-18",
  url: "http://rsj.linyi.gov.cn/info/1211/19046.htm",
};

export const NOTICE_2018: Instrument = {
  doc: "工信厅企业函〔2018〕381号",
  from: "2018-11-26",
  url: "https://www.yicaiglobal.com/news/china-to-nurture-600-little-giant-tech-firms-to-reach-made-in-china-2025-dream",
};

/**
 * The notices of the second (2020) and third (2021) batches of Little Giants, which replaced 381号's
 * economic clause and added the revenue-class R&D branches (criteria.md: miit-2020, `secondary`).
 * No document number is recorded here: none was read in a copy.
 */
export const NOTICES_2020: Instrument = {
  doc: "第二批、第三批专精特新“小巨人”企业培育工作通知",
  from: "2020-07-01",
  url: "http://www.1183118.com/zmhd/zczx/gyhxxh/content/post_4503011.html",
};

/** 63号 attachment 1, the innovative-SME standard (also the base tier of miit-2026). */
export const MEASURES_2022_A1: Instrument = {
  doc: "工信部企业〔2022〕63号",
  from: "2022-06-01",
  url: "http://www.fyss.com.cn/p-article_detail/id-3331.html",
};

/** 63号 attachment 2, the provincial 专精特新 standard (a government site's copy). */
export const MEASURES_2022_A2: Instrument = {
  doc: "工信部企业〔2022〕63号",
  from: "2022-06-01",
  url: "http://hedong.gov.cn/info/11215/153917.htm",
};

/** 63号 attachment 3, the Little Giant standard. */
export const MEASURES_2022_A3: Instrument = {
  doc: "工信部企业〔2022〕63号",
  from: "2022-06-01",
  url: "https://m.hfbida.com/news/683117.html",
};

export const MEASURES_2026: Instrument = {
  doc: "工信部企业〔2026〕2号",
  from: "2026-04-01",
  url: "https://www.miit.gov.cn/jgsj/qyj/wjfb/art/2026/art_2aa4981e3c9248379bc210c62dbb0569.html",
};

/** The 2026 annual notice (application rules for the eighth batch and the 2026 reviews). */
export const NOTICE_2026: Instrument = {
  doc: "工信厅企业函〔2026〕117号",
  from: "2026-04-01",
  url: "https://gx.gggcn.com/article30475.html",
};
