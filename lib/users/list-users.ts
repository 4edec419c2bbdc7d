import type { PrismaClient } from "@/lib/generated/prisma/client";
import { toUserDto, type UserDto } from "./user-dto";

export async function listUsers(db: PrismaClient): Promise<UserDto[]> {
  const users = await db.user.findMany({ orderBy: [{ active: "desc" }, { name: "asc" }] });
  return users.map(toUserDto);
}
