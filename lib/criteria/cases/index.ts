import { commonCases } from "./common.cases";
import { ismCases } from "./ism.cases";
import { miit2018Cases } from "./miit-2018.cases";
import { miit2022Cases } from "./miit-2022.cases";
import { miit2026Cases } from "./miit-2026.cases";
import { smeSizeCases } from "./sme-size.cases";
import type { Case } from "./types";

export const allCases: Case[] = [
  ...commonCases,
  ...smeSizeCases,
  ...ismCases,
  ...miit2026Cases,
  ...miit2022Cases,
  ...miit2018Cases,
];
