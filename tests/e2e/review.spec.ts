import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { customLensSchema } from "../../lib/review/custom-lens";
import { axeViolations } from "./helpers";

test("a full self-review by keyboard: answer all 21 questions, see risks, plan, milestones and exports", async ({ page }) => {
  await page.goto("/en/review");
  const questions = page.getByTestId("review-question");
  await expect(questions).toHaveCount(21);
  await expect(page.getByLabel("Workload name")).toBeEnabled();
  await page.getByLabel("Workload name").focus();
  await page.keyboard.type("Churn prediction");

  // Walk the page with Tab; in every question tick the first practice (Space), and mark one question "does not apply".
  let ticked = 0;
  let notApplicable = false;
  for (let i = 0; i < 800 && ticked < 21; i++) {
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
  expect(ticked).toBe(21);
  await expect(page.getByTestId("review-progress")).toHaveText("21 of 21 questions answered");
  const risks = await questions.locator("[data-risk]").evaluateAll((els) => els.map((e) => e.getAttribute("data-risk")));
  expect(risks).not.toContain("unanswered");
  expect(risks).toContain("not-applicable");
  await expect(page.getByTestId("review-plan").locator("li").first()).toBeVisible();

  // Notes are kept with the answer; everything survives a reload.
  await page.getByLabel("Notes").first().fill("Runbook lives in the wiki");
  await page.reload();
  await expect(page.getByTestId("review-progress")).toHaveText("21 of 21 questions answered");
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
  expect(lens.pillars.flatMap((p: { questions: unknown[] }) => p.questions)).toHaveLength(21);

  // A bad import is refused and changes nothing.
  const before = await page.evaluate(() => localStorage.getItem("sagemaker-ai-study:review"));
  await page.getByTestId("import-review").setInputFiles({ name: "review.json", mimeType: "application/json", buffer: Buffer.from("[1,2,3]") });
  await expect(page.getByTestId("review-import-message")).toContainText("This file was not imported, and your review is unchanged");
  expect(await page.evaluate(() => localStorage.getItem("sagemaker-ai-study:review"))).toBe(before);
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("the Japanese self-review shows today's lens mapping and recovers from corrupt saved data", async ({ page }) => {
  await page.goto("/ja/review");
  await expect(page.getByLabel("ワークロード名")).toBeEnabled();
  await page.evaluate(() => localStorage.setItem("sagemaker-ai-study:review", "garbage"));
  await page.reload();
  await expect(page.getByTestId("review-notice")).toContainText("読み取れなかった");
  await expect(page.getByTestId("review-question").first().getByRole("heading", { name: "現行の ML レンズでは" })).toBeVisible();
  await expect(page.getByTestId("review-question").first()).toContainText(/ML[A-Z]+(?:-\d\d|\d\d-BP\d\d)/);
});
