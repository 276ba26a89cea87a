import { commonCases } from "./common.cases";
import { ismCases } from "./ism.cases";
import { ismDirectCases } from "./ism-direct.cases";
import { lg2022Cases } from "./lg-2022.cases";
import { lg2026Cases } from "./lg-2026.cases";
import { miit2020Cases } from "./miit-2020.cases";
import { smeSizeMappingCases } from "./sme-size-mapping.cases";
import { miit2018Cases } from "./miit-2018.cases";
import { miit2022Cases } from "./miit-2022.cases";
import { miit2026Cases } from "./miit-2026.cases";
import { smeSizeCases } from "./sme-size.cases";
import type { Case } from "./types";

export const allCases: Case[] = [
  ...commonCases,
  ...smeSizeCases,
  ...smeSizeMappingCases,
  ...ismCases,
  ...ismDirectCases,
  ...miit2026Cases,
  ...lg2026Cases,
  ...miit2022Cases,
  ...lg2022Cases,
  ...miit2020Cases,
  ...miit2018Cases,
];
