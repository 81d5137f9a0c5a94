import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { loadReviewQuestions } from "../../lib/content/review";
import { customLensSchema } from "../../lib/review/custom-lens";
import { axeViolations } from "./helpers";

/** Counts come from the content, so a new question does not break a test. */
const legacyCount = loadReviewQuestions().length;
const awsLens = customLensSchema.parse(JSON.parse(fs.readFileSync("content/lens/aws-machine-learning-lens.json", "utf8")));
const lensQuestionIds = awsLens.pillars.flatMap((p) => p.questions.map((q) => q.id));

test("the current ML Lens by keyboard: every question id named, risks from AWS's rules, reload, exports and a wrong-lens import", async ({ page, request }) => {
  await page.goto("/en/review");
  await expect(page.getByLabel("Workload name")).toBeEnabled();
  const index = page.getByTestId("review-index");
  for (const id of lensQuestionIds) await expect(index).toContainText(id);
  // One pillar at a time: the first pillar is shown, the others only when chosen.
  await expect(page.getByTestId("review-question").first()).toContainText("MLOPS01");
  await expect(page.locator("#MLSEC01")).toHaveCount(0);
  await page.getByRole("button", { name: "Show the Security questions" }).click();
  await expect(page.locator("#MLSEC01")).toBeVisible();
  await page.getByRole("button", { name: "Operational excellence", exact: false }).first().click();

  // MLOPS01's rules: all three practices → no risk; any one missing → high risk. Answer with the keyboard.
  const q = page.locator("#MLOPS01");
  await q.locator("#rq-MLOPS01-MLOPS01_BP01").focus();
  await page.keyboard.press("Space");
  await expect(q.locator("[data-risk]").first()).toHaveAttribute("data-risk", "high");
  await page.keyboard.press("Tab");
  for (let i = 0; i < 12; i++) {
    const id = await page.evaluate(() => document.activeElement?.id ?? "");
    if (id === "rq-MLOPS01-MLOPS01_BP02" || id === "rq-MLOPS01-MLOPS01_BP03") await page.keyboard.press("Space");
    if (id === "rq-MLOPS01-MLOPS01_BP03") break;
    await page.keyboard.press("Tab");
  }
  await expect(q.locator("[data-risk]").first()).toHaveAttribute("data-risk", "none");
  await expect(q.getByTestId("review-phase")).toContainText("Business goal identification");
  await page.reload();
  await expect(page.locator("#MLOPS01 [data-risk]").first()).toHaveAttribute("data-risk", "none");

  // The custom lens file: same ids and rules as AWS's, under the Tool's 500 KB limit, in both languages.
  for (const locale of ["en", "ja"]) {
    const res = await request.get(`/${locale}/review/ml-lens.json`);
    expect(res.ok()).toBe(true);
    const body = await res.body();
    expect(body.length).toBeLessThan(500 * 1024);
    const lens = customLensSchema.parse(JSON.parse(body.toString("utf8")));
    expect(lens.pillars.flatMap((p) => p.questions.map((x) => x.id))).toEqual(lensQuestionIds);
    expect(lens.pillars.flatMap((p) => p.questions.flatMap((x) => x.riskRules))).toEqual(awsLens.pillars.flatMap((p) => p.questions.flatMap((x) => x.riskRules)));
  }
  await expect(page.getByTestId("lens-download")).toHaveAttribute("href", "/en/review/ml-lens.json");

  // The answers as AWS CLI calls.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "AWS CLI script of your answers" }).click();
  const script = fs.readFileSync(await (await download).path(), "utf8");
  expect(script).toContain("--question-id MLOPS01");
  expect(script).toContain("--selected-choices MLOPS01_BP01 MLOPS01_BP02 MLOPS01_BP03");

  // A 2020 review file is another lens: refused, nothing changed.
  const before = await page.evaluate(() => localStorage.getItem("sagemaker-ai-study:lens-review"));
  const legacy = JSON.stringify({ app: "sagemaker-ai-study/review", version: 1, workload: { name: "", description: "" }, answers: {}, milestones: [] });
  await page.getByTestId("import-review").setInputFiles({ name: "old.json", mimeType: "application/json", buffer: Buffer.from(legacy) });
  await expect(page.getByTestId("review-import-message")).toContainText("another lens edition");
  expect(await page.evaluate(() => localStorage.getItem("sagemaker-ai-study:lens-review"))).toBe(before);
  expect(await axeViolations(page)).toEqual([]);
});

test("a saved 2020 review pre-fills the current lens and stays as it was; data from a newer version is kept", async ({ page }) => {
  await page.goto("/en/review/2020");
  await expect(page.getByLabel("Workload name")).toBeEnabled();
  await page.getByRole("button", { name: "Show all pillars" }).click();
  for (const box of await page.locator('#mlops-04 input[type="checkbox"]:not([id$="-none"]):not([id$="-na"])').all()) await box.check();
  const saved2020 = await page.evaluate(() => localStorage.getItem("sagemaker-ai-study:review"));
  await page.goto("/en/review");
  await page.getByRole("button", { name: "Pre-fill from my 2020 review" }).click();
  await expect(page.getByTestId("review-migrated")).toContainText("Pre-filled");
  expect(await page.evaluate(() => localStorage.getItem("sagemaker-ai-study:review"))).toBe(saved2020);

  const newer = JSON.stringify({ version: 99, something: "from the future" });
  await page.evaluate((v) => localStorage.setItem("sagemaker-ai-study:lens-review", v), newer);
  await page.reload();
  await expect(page.getByTestId("review-notice")).toContainText("newer version");
  await expect(page.getByLabel("Workload name")).toBeDisabled();
  expect(await page.evaluate(() => localStorage.getItem("sagemaker-ai-study:lens-review"))).toBe(newer);
});

test(`the 2020 edition by keyboard: answer all ${legacyCount} questions, see risks, plan, milestones and exports`, async ({ page }) => {
  await page.goto("/en/review/2020");
  await page.getByRole("button", { name: "Show all pillars" }).click();
  const questions = page.getByTestId("review-question");
  await expect(questions).toHaveCount(legacyCount);
  await expect(page.getByLabel("Workload name")).toBeEnabled();
  await page.getByLabel("Workload name").focus();
  await page.keyboard.type("Churn prediction");

  // Walk the page with Tab; in every question tick the first practice (Space), and mark one question "does not apply".
  let ticked = 0;
  let notApplicable = false;
  for (let i = 0; i < 800 && ticked < legacyCount; i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.id ?? "");
    const first = /^rq-(ml[a-z]+-\d\d)-/.exec(id);
    if (!first) continue;
    const questionId = first[1] ?? "";
    const firstChoice = await page.evaluate((q) => document.querySelector<HTMLInputElement>(`#${q} fieldset input`)?.id, questionId);
    if (id === firstChoice) {
      await page.keyboard.press("Space");
      ticked++;
    } else if (!notApplicable && id.endsWith("-na")) {
      await page.keyboard.press("Space");
      notApplicable = true;
    }
  }
  expect(ticked).toBe(legacyCount);
  await expect(page.getByTestId("review-progress")).toHaveText(`${legacyCount} of ${legacyCount} questions answered`);
  const risks = await questions.locator("[data-risk]").evaluateAll((els) => els.map((e) => e.getAttribute("data-risk")));
  expect(risks).not.toContain("unanswered");
  expect(risks).toContain("not-applicable");
  await expect(page.getByTestId("review-plan").locator("li").first()).toBeVisible();

  // Notes are kept with the answer; everything survives a reload.
  await page.getByLabel("Notes").first().fill("Runbook lives in the wiki");
  await page.reload();
  await page.getByRole("button", { name: "Show all pillars" }).click();
  await expect(page.getByTestId("review-progress")).toHaveText(`${legacyCount} of ${legacyCount} questions answered`);
  await expect(page.getByLabel("Notes").first()).toHaveValue("Runbook lives in the wiki");

  // A milestone, then a change, then the comparison shows it.
  await page.getByLabel("Milestone name").fill("before launch");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Milestone “before launch” saved.")).toBeVisible();
  const practices = page.locator('#mlsec-01 input[type="checkbox"]:not([id$="-none"]):not([id$="-na"])');
  for (const box of await practices.all()) await box.check();
  await expect(page.locator("#mlsec-01 [data-risk]").first()).toHaveAttribute("data-risk", "none");
  await page.getByLabel("Compare with").selectOption({ label: "before launch" });
  await expect(page.getByTestId("milestone-compare")).toContainText("MLSEC 01");

  // Exports: the Markdown report and the custom lens, which validates against the Well-Architected Tool format.
  let download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Report (Markdown)" }).click();
  const report = fs.readFileSync(await (await download).path(), "utf8");
  expect(report).toContain("# Well-Architected ML Lens self-review: Churn prediction");
  expect(report).toContain("Runbook lives in the wiki");
  download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Custom lens for the Well-Architected Tool (JSON)" }).click();
  const lens = JSON.parse(fs.readFileSync(await (await download).path(), "utf8"));
  expect(customLensSchema.safeParse(lens).success).toBe(true);
  expect(lens.pillars.flatMap((p: { questions: unknown[] }) => p.questions)).toHaveLength(legacyCount);

  // A bad import is refused and changes nothing.
  const before = await page.evaluate(() => localStorage.getItem("sagemaker-ai-study:review"));
  await page.getByTestId("import-review").setInputFiles({ name: "review.json", mimeType: "application/json", buffer: Buffer.from("[1,2,3]") });
  await expect(page.getByTestId("review-import-message")).toContainText("This file was not imported, and your review is unchanged");
  expect(await page.evaluate(() => localStorage.getItem("sagemaker-ai-study:review"))).toBe(before);
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("the Japanese 2020 self-review shows today's lens mapping and recovers from corrupt saved data", async ({ page }) => {
  await page.goto("/ja/review/2020");
  await expect(page.getByLabel("ワークロード名")).toBeEnabled();
  await page.evaluate(() => localStorage.setItem("sagemaker-ai-study:review", "garbage"));
  await page.reload();
  await expect(page.getByTestId("review-notice")).toContainText("読み取れなかった");
  await expect(page.getByTestId("review-question").first().getByRole("heading", { name: "現行の ML レンズでは" })).toBeVisible();
  await expect(page.getByTestId("review-question").first()).toContainText(/ML[A-Z]+(?:-\d\d|\d\d-BP\d\d)/);
});

test("the Japanese current lens names every question id and explains practices in Japanese", async ({ page }) => {
  await page.goto("/ja/review");
  await expect(page.getByLabel("ワークロード名")).toBeEnabled();
  const index = page.getByTestId("review-index");
  for (const id of lensQuestionIds) await expect(index).toContainText(id);
  await expect(page.getByTestId("review-question").first()).toContainText(/[\u3040-\u30ff]/);
});
