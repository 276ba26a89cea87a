import Link from "next/link";

/** A page that only says something (not found, no access, a bad link) and offers the way home. */
export function MessagePage({ title, text, home }: { title: string; text: string; home: string }) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p>{text}</p>
      <p>
        <Link href="/" className="text-brand-800 underline">
          {home}
        </Link>
      </p>
    </div>
  );
}
