"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";

type Labels = {
  email: string;
  password: string;
  submit: string;
  errorTitle: string;
  required: string;
  invalid: string;
  throttled: string;
  failed: string;
};

/** Signs in through POST /api/v1/auth/login, then opens the page the reader was heading for. */
export function LoginForm({ next, labels }: { next: string; labels: Labels }) {
  // An object per failure, so that the same message again still moves focus to the summary.
  const [failure, setFailure] = useState<{ message: string } | null>(null);
  const error = failure?.message ?? null;
  const setError = (message: string) => setFailure({ message });
  const [pending, setPending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failure) summary.current?.focus();
  }, [failure]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");
    if (!email || !password) return setError(labels.required);
    setPending(true);
    const response = await fetch("/api/v1/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    }).catch(() => null);
    if (response?.ok) return window.location.assign(next);
    setPending(false);
    if (response?.status === 401) return setError(labels.invalid);
    if (response?.status === 429)
      return setError(labels.throttled.replace("{seconds}", response.headers.get("retry-after") ?? "60"));
    setError(labels.failed);
  }

  const field = "block w-full rounded border-2 border-gray-700 px-3 py-2";
  return (
    <form onSubmit={submit} noValidate className="space-y-4" method="post">
      {error ? (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          aria-labelledby="login-error-title"
          className="border-4 border-red-700 p-4 focus:outline-none"
        >
          <h2 id="login-error-title" className="mb-2 text-lg font-bold">
            {labels.errorTitle}
          </h2>
          <p>
            <a href="#login-email" className="font-semibold text-red-700 underline">
              {error}
            </a>
          </p>
        </div>
      ) : null}
      <div>
        <label htmlFor="login-email" className="mb-1 block font-semibold">
          {labels.email}
        </label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          spellCheck={false}
          className={field}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <div>
        <label htmlFor="login-password" className="mb-1 block font-semibold">
          {labels.password}
        </label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          className={field}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {labels.submit}
      </button>
    </form>
  );
}
