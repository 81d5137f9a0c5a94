import { describe, expect, it } from "vitest";
import { suggest } from "@/lib/ui/suggest";

const pages = [
  { href: "/ja/lessons/ml-stack", title: "ML スタック" },
  { href: "/ja/lessons/mlops", title: "MLOps" },
  { href: "/ja/services/s3", title: "Amazon S3" },
  { href: "/ja/services/model-monitor", title: "Model Monitor" },
  { href: "/ja/glossary/endpoint", title: "エンドポイント" },
  { href: "/ja/glossary/ml-stack", title: "ML スタック（用語）" },
];

describe("did you mean", () => {
  it.each([
    ["a typo in the slug, the named section first", "/ja/lessons/ml-stak", ["/ja/lessons/ml-stack", "/ja/glossary/ml-stack"]],
    ["the right slug under the wrong section", "/ja/lessons/endpoint", ["/ja/glossary/endpoint"]],
    ["two typos in a long slug", "/ja/services/modell-moniter", ["/ja/services/model-monitor"]],
    ["part of a slug", "/ja/monitor", ["/ja/services/model-monitor"]],
    ["a longer part of a slug", "/ja/services/model-moni", ["/ja/services/model-monitor"]],
    ["nothing close", "/ja/lessons/kubernetes", []],
    ["too short to guess", "/ja/x", []],
    ["a query string and a hash", "/ja/glossary/ml-stak?x=1#goals", ["/ja/glossary/ml-stack", "/ja/lessons/ml-stack"]],
  ])("%s", (_name, path, hrefs) => {
    expect(suggest(path, pages).map((p) => p.href)).toEqual(hrefs);
  });
});
