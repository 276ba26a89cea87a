"use client";

import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type BaseSyntheticEvent } from "react";
import { Controller, useForm, useWatch, type FieldErrors, type Resolver } from "react-hook-form";
import { chinaToday } from "@/lib/criteria/today";
import { getAt, mergeAnswers, pickPaths, setAt, type Answers } from "@/lib/questionnaire/answers";
import type { StepId } from "@/lib/criteria/facts/entry";
import { visibleFields, type Field } from "@/lib/questionnaire/fields";
import { parseStep, type StepIssue } from "@/lib/questionnaire/step-schema";
import type { StepTexts } from "@/lib/questionnaire/step-texts";
import { ConflictNotice } from "./conflict-notice";
import { DerivedPanel } from "./derived-panel";
import { ErrorSummary, type SummaryItem } from "./error-summary";
import { FieldControl } from "./field-control";
import { issueMessage } from "./labels";
import { SaveStatus } from "./save-status";
import { groupByYear } from "./year-groups";
import { useStepSaver } from "./use-step-saver";

type Props = {
  id: string;
  /** The page's questions and their words, sent by the server (the browser gets no catalogue). */
  step: { id: StepId; fields: readonly Field[] };
  texts: StepTexts;
  answers: Answers;
  version: number;
  savedAt: string | null;
  returnToCheck: boolean;
  backHref: string | null;
};

const AUTOSAVE_DELAY_MS = 1500;

export function StepForm({ id, step, texts, answers, version, savedAt, returnToCheck, backHref }: Props) {
  const stepId = step.id;
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const saver = useStepSaver({ id, step: stepId, version, savedAt, returnToCheck });
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);

  const resolver: Resolver<Answers> = async (values) => {
    const parsed = parseStep(step, values, answers, "complete");
    if (parsed.ok) return { values: parsed.values, errors: {} };
    return { values: {}, errors: toErrors(parsed.issues) };
  };
  const form = useForm<Answers>({ defaultValues: initialValues(step, answers), resolver, shouldFocusError: false });
  const values = useWatch({ control: form.control }) as Answers;
  const merged = mergeAnswers(answers, values);
  const assessmentYear = typeof merged.assessmentYear === "number" ? merged.assessmentYear : null;
  const shown = visibleFields(step, merged);
  const label = (path: string) => texts.labels[path] ?? path;
  const messageOf = (issue: StepIssue) =>
    issueMessage(
      t,
      issue.code,
      label(issue.path),
      locale,
      step.fields.find((f) => f.path === issue.path),
    );

  const showIssues = (issues: StepIssue[]) => {
    for (const issue of issues) form.setError(issue.path, { type: issue.code, message: issue.code });
    setSummary(issues.map((i) => ({ path: i.path, message: messageOf(i) })));
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  // handleSubmit is called from the event, not during render (React's rules on refs).
  const submit = (event?: BaseSyntheticEvent) =>
    form.handleSubmit(
      async (valid) => {
        setSummary([]);
        const result = await saver.save(valid, "complete");
        if (result?.kind === "saved") router.push(`/assess/${id}/${result.next}`);
        else if (result?.kind === "invalid") showIssues(result.issues);
        else if (result?.kind === "read_only") router.push(`/assess/${id}/result`);
      },
      (errors) =>
        showIssues(
          fromErrors(
            errors,
            shown.map((f) => f.path),
          ),
        ),
    )(event);

  // Autosave: shortly after typing stops, save what is valid so far; never anything invalid.
  const serialized = JSON.stringify(values);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(autosaveNow, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-run on every change of the answers only
  }, [serialized]);

  const errorOf = (path: string) => {
    const e = getAt(form.formState.errors as Answers, path) as { type?: string } | undefined;
    return e?.type ? messageOf({ path, code: e.type }) : undefined;
  };

  return (
    <form onSubmit={submit} noValidate>
      {saver.state.kind === "conflict" ? (
        <ConflictNotice
          onKeepMine={() => {
            if (saver.state.kind !== "conflict") return;
            const { mode, version: latest } = saver.state;
            saver.overwrite(latest);
            if (mode === "complete") void submit();
            else autosaveNow();
          }}
        />
      ) : null}
      {saver.state.kind === "failed" ? (
        <p role="alert" className="mb-6 border-l-4 border-red-700 pl-4 font-semibold">
          {t("questionnaire.unexpected")}
        </p>
      ) : null}
      <ErrorSummary ref={summaryRef} items={summary} />
      {groupByYear(shown).map((block) =>
        block.kind === "single" ? (
          <Controller
            key={block.field.path}
            name={block.field.path}
            control={form.control}
            render={({ field: rhf }) => (
              <FieldControl
                field={block.field}
                value={rhf.value}
                onChange={rhf.onChange}
                onBlur={rhf.onBlur}
                label={label(block.field.path)}
                hint={texts.questions[block.field.entryPath]?.help}
                options={texts.questions[block.field.entryPath]?.options}
                error={errorOf(block.field.path)}
              />
            )}
          />
        ) : (
          <fieldset key={block.path} className="mb-6">
            <legend className="mb-1 text-lg font-bold">{texts.questions[block.path]?.question}</legend>
            <p className="mb-3 text-sm text-muted">{texts.questions[block.path]?.help}</p>
            <div className="grid gap-x-6 sm:grid-cols-3">
              {block.fields.map((f) => (
                <Controller
                  key={f.path}
                  name={f.path}
                  control={form.control}
                  render={({ field: rhf }) => (
                    <FieldControl
                      field={f}
                      value={rhf.value}
                      onChange={rhf.onChange}
                      onBlur={rhf.onBlur}
                      label={texts.years[f.path] ?? f.path}
                      error={errorOf(f.path)}
                    />
                  )}
                />
              ))}
            </div>
          </fieldset>
        ),
      )}
      <DerivedPanel step={stepId} answers={merged} assessmentYear={assessmentYear} />
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={form.formState.isSubmitting}
          className="rounded bg-brand-700 px-5 py-3 font-semibold text-white shadow hover:bg-brand-800 disabled:opacity-60"
        >
          {returnToCheck ? t("questionnaire.saveAndReturn") : t("questionnaire.continue")}
        </button>
        {backHref ? (
          <Link href={backHref} className="text-brand-800 underline">
            {t("questionnaire.back")}
          </Link>
        ) : null}
      </div>
      <div className="mt-4">
        <SaveStatus state={saver.state} />
      </div>
    </form>
  );

  /** Saves what is valid so far; with anything invalid on the page, saves nothing and says so. */
  function autosaveNow() {
    const parsed = parseStep(step, form.getValues(), answers, "partial");
    if (parsed.ok) void saver.save(parsed.values, "partial");
    else saver.markUnsaved();
  }
}

/** The step's saved answers; the assessment year starts as this year, the usual case. */
function initialValues(step: { id: StepId; fields: readonly Field[] }, answers: Answers): Answers {
  const values = pickPaths(
    answers,
    step.fields.map((f) => f.path),
  );
  if (step.id !== "about" || values.assessmentYear !== undefined) return values;
  return { ...values, assessmentYear: Number(chinaToday().slice(0, 4)) };
}

function toErrors(issues: StepIssue[]): FieldErrors<Answers> {
  return issues.reduce(
    (errors, i) => setAt(errors, i.path, { type: i.code, message: i.code }),
    {} as Answers,
  ) as FieldErrors<Answers>;
}

function fromErrors(errors: FieldErrors<Answers>, order: string[]): StepIssue[] {
  return order.flatMap((path) => {
    const e = getAt(errors as Answers, path) as { type?: string } | undefined;
    return e?.type ? [{ path, code: e.type }] : [];
  });
}
