import { commonParams } from "./common";
import { clause } from "./source";
import type { RdInstitution } from "../facts/enums";

// 《关于开展专精特新"小巨人"企业培育工作的通知》(工信厅企业函〔2018〕381号), used for batches 1
// to 3. Historical and `recall` throughout (criteria.md).

const DOC = "工信厅企业函〔2018〕381号";
const FROM = "2018-11-26";

const at = (zh: string, en: string) => clause(DOC, `附件 ${zh}`, `Attachment, ${en}`, "recall", FROM);

const basic = at("一、基本条件", "1. basic conditions");
const econ = at("二、专项条件（一）经济效益", "2(1) economic performance");
const spec = at("二、专项条件（二）专业化程度", "2(2) specialisation");
const innov = at("二、专项条件（三）创新能力", "2(3) innovation");
const mgmt = at("二、专项条件（四）经营管理", "2(4) management");
const classified = at("三、分类条件", "3. conditions by revenue class");

export const miit2018Params = {
  id: "miit-2018" as const,
  littleGiant: {
    common: commonParams(basic),
    "lg.prior-title": { basis: basic.basis() },
    "lg.operating-years": { basis: basic.basis(), minYears: basic.p(3, "年") },
    "lg.growth": { basis: econ.basis(), minGrowth: econ.p(10, "%") },
    "lg.debt-ratio": { basis: econ.basis(), maxRatio: econ.p(70, "%") },
    "lg.niche-years": { basis: spec.basis(), minYears: spec.p(3, "年") },
    "lg.main-business-share": { basis: spec.basis(), minShare: spec.p(70, "%") },
    "lg.market-share": { basis: spec.basis(), minShare: spec.p(10, "%") },
    "lg.ip": { basis: innov.basis(), minInventionPatents: innov.p(2, "项"), minClassTwo: innov.p(5, "项") },
    "lg.rd-institution": {
      basis: innov.basis(),
      institutions: innov.p<readonly RdInstitution[]>(
        ["below-municipal", "municipal", "provincial", "national"],
        "set",
      ),
    },
    "lg.info-system": { basis: mgmt.basis() },
    "lg.brand": { basis: mgmt.basis() },
    "lg.certification": { basis: mgmt.basis() },
    "lg.classified": {
      basis: classified.basis(),
      revenueUpper: classified.p(10000, "万元"),
      revenueLower: classified.p(5000, "万元"),
      intensityUpper: classified.p(3, "%"),
      intensityMiddle: classified.p(6, "%"),
      smallEquityFinancing2y: classified.p(8000, "万元"),
      smallRdTotal: classified.p(3000, "万元"),
      smallRdStaffShare: classified.p(50, "%"),
    },
    "lg.field": { basis: basic.basis() },
  },
};

export type Miit2018Params = typeof miit2018Params;
