-- CreateTable
CREATE TABLE "draft_rate" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "draft_rate_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "enterprise_list_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "enterprise_list_version_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "draft_rate_window_start_idx" ON "draft_rate"("window_start");

-- The one version row, and the trigger that bumps it in the same transaction as any change to the
-- designated enterprises (an import, the sample data), so that a server sees the new version only
-- once the change it announces is committed.
INSERT INTO "enterprise_list_version" ("id", "version") VALUES (1, 0);

CREATE FUNCTION "bump_enterprise_list_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "enterprise_list_version" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END $$;

CREATE TRIGGER "designated_enterprise_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "designated_enterprise" FOR EACH STATEMENT EXECUTE FUNCTION "bump_enterprise_list_version"();
