import { describe, expect, it } from "vitest";
import { createRemovalNotifier } from "../../src/bot/features/knowledgeNotify.js";

/** Issue 12 item 5: admins hear which entries a change removes, and how to confirm a held one. */
describe("removed-entries notice", () => {
  it("tells every admin the ids; a held change says /muatulang loads it; one failing admin does not stop the others", async () => {
    const sent: { chatId: number; text: string }[] = [];
    const telegram = {
      sendMessage: async (chatId: number | string, text: string) => {
        if (chatId === 1) throw new Error("blocked");
        sent.push({ chatId: Number(chatId), text });
        return {} as never;
      },
    };
    const notify = createRemovalNotifier(telegram, [1, 2, 3]);
    await notify({ removed: ["a", "b<c"], before: 15, after: 7, held: true, version: "v2" });
    expect(sent.map((m) => m.chatId)).toEqual([2, 3]);
    expect(sent[0]?.text).toContain("DITAHAN: 2 dari 15 butir akan hilang (a, b&lt;c)");
    expect(sent[0]?.text).toContain("ketik /muatulang");
    await notify({ removed: ["sumber-berita"], before: 15, after: 14, held: false, version: "v3" });
    expect(sent[2]?.text).toBe(
      "Pengetahuan dimuat ulang (versi v3), 1 butir DIHAPUS (15 → 14 butir): sumber-berita",
    );
  });
});
