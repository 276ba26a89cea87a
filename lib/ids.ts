import { z } from "zod";

const uuid = z.uuid();

/** Whether `id` is a UUID, as every row's id is: anything else names no row, so no query is made. */
export const isUuid = (id: unknown): id is string => uuid.safeParse(id).success;
