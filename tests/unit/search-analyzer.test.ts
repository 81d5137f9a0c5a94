import { describe, expect, it } from "vitest";
import { normalize, tokenize } from "@/lib/search/analyzer";
import { buildIndex, search, type SearchDoc } from "@/lib/search/engine";
import { highlight } from "@/lib/search/highlight";

describe("normalize", () => {
  it.each([
    ["ｴﾝﾄﾞﾎﾟｲﾝﾄ", "えんどぽいんと"],
    ["エンドポイント", "えんどぽいんと"],
    ["ＥＮＤＰＯＩＮＴ", "endpoint"],
    ["パラメーター", "はらめた".replace("は", "ぱ")],
    ["パラメータ", "ぱらめた"],
    ["ブルー・グリーン", "ぶるぐりん"],
    ["キャッシュ", "きやつしゆ"],
    ["ヴァリデーション", "ゔありでしよん"],
    ["SageMaker AI", "sagemaker ai"],
  ])("%s → %s", (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });
});

describe("tokenize", () => {
  it.each([
    ["endpoint", ["endpoint"]],
    ["Amazon SageMaker AI", ["amazon", "sagemaker", "amazonsagemaker", "ai", "sagemakerai"]],
    ["エンドポイント", ["えん", "んど", "どぽ", "ぽい", "いん", "んと"]],
    ["推論", ["推論"]],
    ["学", ["学"]],
    ["S3バケット", ["s3", "ばけ", "けつ", "つと"]],
    ["k-means", ["k", "means", "kmeans"]],
    ["fine tuning", ["fine", "tuning", "finetuning"]],
    ["S3, ECR", ["s3", "ecr"]],
    ["A/B テスト", ["a", "b", "ab", "てす", "すと"]],
    ["", []],
    ["!!!", []],
  ])("%s", (input, expected) => {
    expect(tokenize(input)).toEqual(expected);
  });
});

describe("search never throws", () => {
  const docs: SearchDoc[] = [
    { id: "a", kind: "term", locale: "ja", title: "エンドポイント", names: ["えんどぽいんと", "Endpoint"], text: "推論の入り口", body: "", href: "/ja/glossary/a" },
    { id: "b", kind: "term", locale: "ja", title: "ハイパーパラメータ", names: ["はいぱーぱらめーた", "Hyperparameter", "ハイパラ"], text: "学習前に決める値", body: "", href: "/ja/glossary/b" },
  ];
  const index = buildIndex(docs);

  const nasty = [
    "🤖🔥", "مرحبا بالعالم", "שלום", "a".repeat(10_000), "エ".repeat(10_000), ".*+?^${}()|[]\\", "\u0000\u0001\u200b",
    "\ud800", "ｱ", "　", "<script>alert(1)</script>", "' OR 1=1 --", "ﷺ", "𠮷野家", "\u202e\u202d", "%s%n", "NaN", "undefined",
  ];
  it.each(nasty.map((q) => [JSON.stringify(q).slice(0, 40), q]))("%s", (_label, query) => {
    expect(() => search(index, query)).not.toThrow();
    expect(() => highlight("エンドポイント endpoint", query)).not.toThrow();
    expect(Array.isArray(search(index, query))).toBe(true);
  });

  it("survives random Unicode (fuzz)", () => {
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const ranges: [number, number][] = [
      [0x20, 0x7e], [0x3040, 0x30ff], [0x4e00, 0x9fff], [0xff00, 0xffef], [0x0600, 0x06ff], [0x1f300, 0x1faff], [0x0, 0x1f], [0xd800, 0xdfff],
    ];
    for (let i = 0; i < 2000; i++) {
      const length = Math.floor(random() * 40);
      let text = "";
      for (let j = 0; j < length; j++) {
        const [lo, hi] = ranges[Math.floor(random() * ranges.length)] ?? [0x20, 0x7e];
        text += String.fromCharCode(...(lo > 0xffff ? [0xd83c, 0xdf00 + Math.floor(random() * 0xff)] : [lo + Math.floor(random() * (hi - lo))]));
      }
      expect(() => tokenize(text)).not.toThrow();
      expect(() => search(index, text)).not.toThrow();
      const segments = highlight(text, text.slice(0, 5));
      expect(segments.map((s) => s.text).join("")).toBe(text);
    }
  });
});

describe("highlight", () => {
  it("marks matches found through normalization, keeping the original text", () => {
    expect(highlight("エンドポイントを呼ぶ", "ｴﾝﾄﾞﾎﾟｲﾝﾄ")).toEqual([
      { text: "エンドポイント", match: true },
      { text: "を呼ぶ", match: false },
    ]);
    expect(highlight("Real-time endpoint", "ENDPOINT")).toEqual([
      { text: "Real-time ", match: false },
      { text: "endpoint", match: true },
    ]);
  });
  it("marks the corrected word behind a typo when the engine reports it", () => {
    expect(highlight("Hyperparameter", "hyperparamter", ["hyperparameter"])).toEqual([{ text: "Hyperparameter", match: true }]);
  });
});
