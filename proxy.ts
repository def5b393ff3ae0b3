import { NextResponse, type NextRequest } from "next/server";
import { snapshotGoneResponse } from "@/lib/snapshots/gone-page";

// Only snapshot links: a deleted or expired snapshot answers 410, which a page cannot do itself.
export const config = { matcher: "/s/:id" };

export async function proxy(request: NextRequest) {
  return (await snapshotGoneResponse(request.nextUrl.pathname)) ?? NextResponse.next();
}
