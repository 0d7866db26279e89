/** Every Indonesian sentence the conversation layer adds to an answer, in one place. */
export const conversationStrings = {
  /** A swapped-in party or person the knowledge has nothing for, where the previous answer belongs to others. */
  notFor: (asked: string, owners: string) =>
    `Untuk ${asked}, hal itu tidak ada dalam pengetahuan saya; yang tercatat hanya untuk ${owners}.`,
  notSaidBy: (asked: string, speakers: string) =>
    `Pengetahuan saya tidak memuat pernyataan ${asked}; pernyataan yang tercatat hanya dari ${speakers}.`,
  /** Said before an answer asked for in another language ("in English please"). */
  onlyIndonesian:
    "(Maaf, saya hanya bisa menjawab dalam bahasa Indonesia. Sorry, I can only answer in Indonesian.)",
  /** Names joined for a sentence: "Maidi dan Vinanda Prameswati". */
  names: (names: readonly string[]) => names.join(" dan "),
} as const;
