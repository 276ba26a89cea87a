"use client";

import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Fragment, useEffect, useRef, useState, type BaseSyntheticEvent, type MouseEvent } from "react";
import { Controller, useForm, useWatch, type Resolver } from "react-hook-form";
import { getAt, mergeAnswers, type Answers } from "@/lib/questionnaire/answers";
import type { StepId } from "@/lib/criteria/facts/entry";
import { visibleFields, type Field } from "@/lib/questionnaire/fields";
import { parseStep, type StepIssue } from "@/lib/questionnaire/step-schema";
import type { StepTexts } from "@/lib/questionnaire/step-texts";
import { ConflictNotice } from "./conflict-notice";
import { DerivedPanel } from "./derived-panel";
import { ErrorSummary, type SummaryItem } from "./error-summary";
import { FieldControl } from "./field-control";
import { issueMessage, namedIssueMessage } from "./labels";
import { SaveStatus } from "./save-status";
import { groupByYear } from "./year-groups";
import { useStepSaver } from "./use-step-saver";
import { initialValues, toErrors } from "./form-values";
import { saveStepFormAction } from "@/lib/assessments/actions";
import { usePageGuards } from "./use-page-guards";

type Props = {
  id: string;
  /** The page's questions and their words, sent by the server (the browser gets no catalogue). */
  step: { id: StepId; fields: readonly Field[] };
  texts: StepTexts;
  answers: Answers;
  /** The page's values as loaded: saved answers, with text kept to be corrected over them. */
  initial: Answers;
  /** Problems to show from the start: kept text, or a plain-form post that was refused. */
  issues: StepIssue[];
  /** A plain-form post met a newer version saved elsewhere. */
  conflict: boolean;
  version: number;
  savedAt: string | null;
  returnToCheck: boolean;
  backHref: string | null;
};

const AUTOSAVE_DELAY_MS = 1500;

export function StepForm(props: Props) {
  const { id, step, texts, answers, initial, issues, conflict, version, savedAt, returnToCheck, backHref } = props;
  const stepId = step.id;
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const defaults = initialValues(step, initial);
  const saver = useStepSaver({ id, step: stepId, version, savedAt, returnToCheck, initial: defaults });
  const label = (path: string) => texts.labels[path] ?? path;
  const summaryOf = (list: StepIssue[]): SummaryItem[] =>
    list.map((i) => ({
      path: i.path,
      message: namedIssueMessage(
        t,
        i.code,
        label(i.path),
        locale,
        step.fields.find((f) => f.path === i.path),
      ),
    }));
  const [summary, setSummary] = useState<SummaryItem[]>(() => summaryOf(issues));
  /** Counts refused saves: each one moves focus to the summary. */
  const [summaryShown, setSummaryShown] = useState(0);
  // The problems the server reported (on load, or after a save), until the field is edited.
  const [serverIssues, setServerIssues] = useState<StepIssue[]>(issues);
  const [busy, setBusy] = useState(false);
  const [generation, setGeneration] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  const resolver: Resolver<Answers> = async (values) => {
    const parsed = parseStep(step, values, answers, "complete");
    if (parsed.ok) return { values: parsed.values, errors: {} };
    return { values: {}, errors: toErrors(parsed.issues) };
  };
  const form = useForm<Answers>({ defaultValues: defaults, resolver, shouldFocusError: false });
  const values = useWatch({ control: form.control }) as Answers;
  const merged = mergeAnswers(answers, values);
  const assessmentYear = typeof merged.assessmentYear === "number" ? merged.assessmentYear : null;
  const shown = visibleFields(step, merged);
  const messageOf = (issue: StepIssue) =>
    issueMessage(
      t,
      issue.code,
      label(issue.path),
      locale,
      step.fields.find((f) => f.path === issue.path),
    );

  // After a refused "save and continue", every change re-checks the page (fixed problems go away).
  const checking = useRef(false);
  const showIssues = (list: StepIssue[]) => {
    checking.current = true;
    form.clearErrors();
    for (const issue of list) form.setError(issue.path, { type: issue.code, message: issue.code });
    setServerIssues([]);
    setSummary(summaryOf(list));
    setSummaryShown((n) => n + 1);
  };
  // Focus the summary once it is on the page (after the commit, not on a guessed frame).
  useEffect(() => {
    if (summaryShown > 0) summaryRef.current?.focus();
  }, [summaryShown]);

  // Moving on: the server saves what is valid and keeps the text of what is not, then says what
  // to correct; so a refused page loses nothing, even on reload. (Without JavaScript the form posts
  // to saveStepFormAction, which does the same.)
  const submit = async (event?: BaseSyntheticEvent) => {
    event?.preventDefault();
    setBusy(true);
    try {
      const result = await saver.save(form.getValues(), "complete");
      if (result?.kind === "saved") {
        setSummary([]);
        router.push(`/assess/${id}/${result.next}`);
      } else if (result?.kind === "invalid") showIssues(result.issues);
      else if (result?.kind === "read_only") router.refresh();
    } finally {
      setBusy(false);
    }
  };

  // A new step: focus its heading, so a screen reader starts there (not on <body>).
  useEffect(() => {
    document.getElementById("step-heading")?.focus();
  }, []);

  // While errors show, the page's title says so first (read out, and shown in the tab).
  const hasErrors = summary.length > 0;
  useEffect(() => {
    const prefix = t("questionnaire.errorTitlePrefix");
    const base = document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
    document.title = hasErrors ? prefix + base : base;
  }, [hasErrors, t]);

  // Autosave: shortly after typing stops, save what is valid so far, and keep the text of the rest.
  const serialized = JSON.stringify(values);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (checking.current) void form.trigger();
    const timer = setTimeout(autosaveNow, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-run on every change of the answers only
  }, [serialized]);

  const errorOf = (path: string) => {
    const e = getAt(form.formState.errors as Answers, path) as { type?: string } | undefined;
    if (e?.type) return messageOf({ path, code: e.type });
    const kept = serverIssues.find((i) => i.path === path);
    return kept && !form.getFieldState(path).isDirty ? messageOf(kept) : undefined;
  };

  usePageGuards({
    id,
    step: stepId,
    version: () => saver.version.current,
    isDirty: () => saver.isDirty(form.getValues()),
    onSubmitted: () => router.refresh(),
    onNewer: (now) => {
      const values = initialValues(step, now.values);
      form.reset(values);
      saver.adopt(now.version, values, now.savedAt);
      setServerIssues(now.issues);
      setSummary(summaryOf(now.issues));
      // The controls keep the text being typed in their own state: mount them afresh.
      setGeneration((g) => g + 1);
    },
  });

  /** The back link saves first, then goes: nothing typed is left behind. */
  const goBack = async (event: MouseEvent<HTMLAnchorElement>) => {
    if (!backHref || !saver.isDirty(form.getValues())) return;
    event.preventDefault();
    await saver.save(form.getValues(), "partial");
    router.push(backHref);
  };

  return (
    <form action={saveStepFormAction} onSubmit={submit} noValidate>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="step" value={stepId} />
      <input type="hidden" name="version" value={version} />
      {returnToCheck ? <input type="hidden" name="returnToCheck" value="1" /> : null}
      {conflict || saver.state.kind === "conflict" ? (
        <ConflictNotice
          onKeepMine={() => {
            if (saver.state.kind !== "conflict") {
              // After a plain-form post met a newer version: reload what is saved now.
              router.refresh();
              return;
            }
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
      <Fragment key={generation}>
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
      </Fragment>
      <DerivedPanel step={stepId} answers={merged} assessmentYear={assessmentYear} />
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-brand-700 px-5 py-3 font-semibold text-white shadow hover:bg-brand-800 disabled:opacity-60"
        >
          {returnToCheck ? t("questionnaire.saveAndReturn") : t("questionnaire.continue")}
        </button>
        {backHref ? (
          <Link href={backHref} onClick={goBack} className="text-brand-800 underline">
            {t("questionnaire.back")}
          </Link>
        ) : null}
      </div>
      <div className="mt-4">
        <SaveStatus state={saver.state} />
      </div>
    </form>
  );

  /** Saves what is valid so far, and keeps the text of what is not (the server splits them). */
  function autosaveNow() {
    void saver.save(form.getValues(), "partial");
  }
}
