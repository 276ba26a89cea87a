"use client";

import dynamic from "next/dynamic";
import type { ControlProps } from "./control-props";
import { ChecklistControl, RadioControl } from "./choice-controls";
import { NumberControl } from "./number-control";
import { ProvinceControl, TextControl } from "./text-controls";

// The industry list is large; only the company step loads it.
const IndustryControl = dynamic(() => import("./industry-control").then((m) => m.IndustryControl));

/** One question, drawn by the component for its kind. */
export function FieldControl(props: ControlProps) {
  switch (props.field.kind) {
    case "money":
    case "signedMoney":
    case "count":
    case "percent":
    case "score":
    case "number":
      return <NumberControl {...props} />;
    case "flag":
    case "choice":
    case "level":
      return <RadioControl {...props} />;
    case "choices":
      return <ChecklistControl {...props} />;
    case "province":
      return <ProvinceControl {...props} />;
    case "industry":
      return <IndustryControl {...props} />;
    case "text":
    case "uscc":
    case "date":
      return <TextControl {...props} />;
  }
}
