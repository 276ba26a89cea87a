/** Text for a LIKE pattern (Prisma's contains/startsWith pass it unescaped): % and _ match themselves. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
