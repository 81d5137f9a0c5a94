import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./helpers";

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabUntil(page: Page, matches: (el: { tag: string; type: string; text: string }) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement | null;
      return { tag: a?.tagName.toLowerCase() ?? "", type: a?.type ?? "", text: a?.textContent?.trim() ?? "" };
    });
    if (matches(el)) return;
  }
  throw new Error("focus never reached the wanted element");
}

/** Gives some answer to the question on screen, whatever its kind. */
async function answerSomething(page: Page) {
  const card = page.locator("article").first();
  if ((await card.locator('fieldset input[type="radio"], fieldset input[type="checkbox"]').count()) > 0) return card.locator("fieldset input").first().check();
  const selects = card.locator("fieldset select");
  if ((await selects.count()) > 0) {
    for (const select of await selects.all()) await select.selectOption({ index: 1 });
    return;
  }
  await card.getByRole("button", { name: /down$/ }).first().click();
}

async function firstSet(page: Page, locale = "en") {
  await page.goto(`/${locale}/quiz`);
  const link = page.getByTestId("quiz-sets").locator("li h3 a").first();
  return { href: (await link.getAttribute("href")) ?? "", title: (await link.textContent()) ?? "" };
}

test("a practice set can be completed by keyboard alone, with feedback and every explanation", async ({ page }) => {
  const set = await firstSet(page);
  await page.goto(set.href);
  const heading = page.getByRole("heading", { level: 2, name: /^Question 1 of \d+$/ });
  await expect(heading).toBeVisible();
  const total = Number((await heading.textContent())?.match(/of (\d+)/)?.[1]);
  expect(total).toBeGreaterThanOrEqual(8);
  await expect(page).toHaveURL(/\?seed=[a-z0-9]+/);

  for (let n = 1; n <= total; n++) {
    await expect(page.getByRole("heading", { level: 2, name: `Question ${n} of ${total}` })).toBeVisible();
    const ordering = (await page.getByTestId("ordering").count()) > 0;
    const matching = (await page.getByTestId("matching").count()) > 0;
    const multi = (await page.locator('fieldset input[type="checkbox"]').count()) > 0;
    if (ordering) {
      // Move a step with its button; the move is announced and focus stays with the step.
      await tabUntil(page, (el) => el.tag === "button" && el.text === "↓");
      const step = await page.evaluate(() => document.activeElement?.closest("li")?.getAttribute("data-step"));
      await page.keyboard.press("Enter");
      await expect(page.getByTestId("ordering-announcement")).toContainText("is now step 2 of");
      expect(await page.evaluate(() => document.activeElement?.closest("li")?.getAttribute("data-step"))).toBe(step);
      await tabUntil(page, (el) => el.tag === "button" && el.text === "Check answer");
      await page.keyboard.press("Enter");
    } else if (matching) {
      const prompts = await page.getByTestId("matching").locator("select").count();
      for (let i = 0; i < prompts; i++) {
        await tabUntil(page, (el) => el.tag === "select");
        await page.keyboard.press("ArrowDown");
      }
      await tabUntil(page, (el) => el.tag === "button" && el.text === "Check answer");
      await page.keyboard.press("Enter");
    } else if (multi) {
      await tabUntil(page, (el) => el.type === "checkbox");
      await page.keyboard.press("Space");
      await tabUntil(page, (el) => el.type === "checkbox");
      await page.keyboard.press("Space");
      await tabUntil(page, (el) => el.tag === "button" && el.text === "Check answer");
      await page.keyboard.press("Enter");
    } else {
      // One tab stop for the group; arrow keys move and select, as in the WAI-ARIA radio group pattern.
      await tabUntil(page, (el) => el.type === "radio");
      await page.keyboard.press("Space");
      await page.keyboard.press("ArrowDown");
      const checked = page.locator('fieldset input[type="radio"]:checked');
      await expect(checked).toHaveCount(1);
      expect(await checked.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press("Enter");
    }
    const feedback = page.getByTestId("feedback");
    await expect(feedback).toHaveText(/^(Correct\.|Not quite\. The answer is [A-E](, [A-E])?\.|Not quite: see the right answer below\.)$/);
    // Focus goes to the result (announced), not to a button below the explanations.
    await expect(feedback).toBeFocused();
    if (!ordering && !matching) {
      await expect(page.getByRole("heading", { name: "Why each option is right or wrong" })).toBeVisible();
      const options = await page.locator("fieldset li").count();
      await expect(page.locator("dl dd")).toHaveCount(options);
    } else {
      await expect(page.getByRole("heading", { name: "Why", exact: true })).toBeVisible();
    }
    await tabUntil(page, (el) => el.tag === "button" && (el.text === "Next question" || el.text === "See results"));
    await page.keyboard.press("Enter");
  }
  await expect(page.getByTestId("quiz-score")).toHaveText(new RegExp(`You got \\d+ of ${total} right`));
  await page.goto("/en/quiz");
  const setId = set.href.split("/").pop() ?? "";
  await expect(page.getByTestId(`best-${setId}`)).toHaveText(new RegExp(`Best: \\d+/${total}`));
});

test("reloading mid-set continues at the same question with the same option order", async ({ page }) => {
  const set = await firstSet(page);
  await page.goto(`${set.href}?seed=fixed1`);
  await expect(page.getByRole("heading", { level: 2, name: /^Question 1 of/ })).toBeVisible();
  const firstOrder = await page.locator("fieldset li").allTextContents();
  expect(firstOrder.length).toBeGreaterThanOrEqual(4);
  await page.locator("fieldset input").first().check();
  if ((await page.locator('fieldset input[type="checkbox"]').count()) > 0) await page.locator("fieldset input").nth(1).check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Question 2 of/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: /^Question 2 of/ })).toBeVisible();
  await expect(page.getByTestId("continued")).toBeVisible();
  await expect(page).toHaveURL(/seed=fixed1/);
  // The same seed gives the same option order in a fresh browser.
  const other = await page.context().browser()!.newPage();
  await other.goto(`${set.href}?seed=fixed1`);
  await expect(other.locator("fieldset li")).toHaveText(firstOrder);
  await other.close();
});

test("a missed question comes back as review due today", async ({ page }) => {
  const set = await firstSet(page);
  await page.goto(set.href);
  // Choose a wrong option on purpose: check, read the feedback, and find the correct one marked.
  const inputs = page.locator("fieldset input");
  await expect(inputs.first()).toBeVisible();
  const count = await inputs.count();
  for (let i = 0; i < count; i++) {
    await page.reload();
    await expect(inputs.first()).toBeVisible();
    await inputs.nth(i).check();
    if ((await page.locator('fieldset input[type="checkbox"]').count()) > 0) await inputs.nth((i + 1) % count).check();
    await page.getByRole("button", { name: "Check answer" }).click();
    if ((await page.getByTestId("feedback").textContent())?.startsWith("Not quite")) break;
    await page.evaluate(() => localStorage.clear());
  }
  await expect(page.getByTestId("feedback")).toHaveText(/^Not quite/);
  await page.goto("/en/quiz");
  await expect(page.getByTestId("due-summary")).toHaveText(/Due for review today: 1\./);
  await page.getByRole("link", { name: "Review now" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Question 1 of 1" })).toBeVisible();
});

test("a timed exam: flag, navigate, run out of time, and see scores by topic with every explanation", async ({ page }) => {
  await page.clock.install();
  await page.goto("/en/quiz/exam");
  await page.getByRole("radio", { name: "10", exact: true }).check();
  await page.getByLabel("Time limit (minutes)").fill("5");
  await page.getByRole("button", { name: "Start the exam" }).click();
  await expect(page).toHaveURL(/n=10&min=5&seed=/);
  await expect(page.getByTestId("exam-timer")).toHaveText(/^[45]:\d\d$/);
  await answerSomething(page);
  await page.getByRole("button", { name: "Flag for review" }).click();
  await expect(page.getByRole("button", { name: "⚑ Flagged" })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Next question" }).click();
  await answerSomething(page);
  // Jump with the question list; the flag shows there.
  await expect(page.getByRole("navigation", { name: "Questions" }).getByRole("button", { name: "1 (Flagged)" })).toBeVisible();
  // A reload keeps the exam and its clock.
  await page.reload();
  await expect(page.getByText("2 of 10 answered")).toBeVisible();
  await page.getByRole("button", { name: "Submit the exam" }).click();
  await expect(page.getByText("Unanswered: 8. Submit anyway?")).toBeVisible();
  // Let the clock run out instead.
  await page.clock.fastForward("06:00");
  await expect(page.getByText("Time is up. Your answers so far have been scored.")).toBeVisible();
  await expect(page.getByTestId("quiz-score")).toHaveText(/You got \d+ of 10 right/);
  await expect(page.getByRole("table")).toContainText("Topic");
  await expect(page.locator("article")).toHaveCount(10);
  // Every question shows why: an explanation per option, or the item's own explanation.
  for (const article of await page.locator("article").all()) await expect(article.locator("dd, h3 + p").first()).not.toBeEmpty();
});

test("a corrupt import is refused and changes nothing; corrupt saved progress is reset with a notice", async ({ page }) => {
  const set = await firstSet(page);
  await page.goto(set.href);
  await page.locator("fieldset input").first().check();
  if ((await page.locator('fieldset input[type="checkbox"]').count()) > 0) await page.locator("fieldset input").nth(1).check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await page.goto("/en/quiz");
  const before = await page.evaluate(() => localStorage.getItem("sagemaker-ai-study:quiz-progress"));
  await page.getByTestId("import-progress").setInputFiles({ name: "progress.json", mimeType: "application/json", buffer: Buffer.from('{"app":"sagemaker-ai-study","version":2,"answers":"oops"}') });
  await expect(page.getByTestId("import-message")).toHaveText(/This file was not imported, and your progress is unchanged: answers/);
  expect(await page.evaluate(() => localStorage.getItem("sagemaker-ai-study:quiz-progress"))).toBe(before);

  // An export can be imported back.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export progress (JSON)" }).click();
  const file = await (await download).path();
  await page.getByTestId("import-progress").setInputFiles(file);
  await expect(page.getByTestId("import-message")).toHaveText("Progress imported.");

  await page.evaluate(() => localStorage.setItem("sagemaker-ai-study:quiz-progress", "{not json"));
  await page.reload();
  await expect(page.getByTestId("progress-notice")).toContainText("could not be read");
  await expect(page.getByTestId("quiz-sets").locator("li").first()).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("sagemaker-ai-study:quiz-progress:unreadable"))).toBe("{not json");
});

test("quiz pages in use pass axe, in Japanese too", async ({ page }) => {
  const set = await firstSet(page, "ja");
  await page.goto(set.href);
  await page.locator("fieldset input").first().check();
  if ((await page.locator('fieldset input[type="checkbox"]').count()) > 0) await page.locator("fieldset input").nth(1).check();
  await page.getByRole("button", { name: "解答する" }).click();
  await expect(page.getByTestId("feedback")).not.toBeEmpty();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto("/ja/quiz/exam");
  await page.getByRole("button", { name: "試験を開始する" }).click();
  await expect(page.getByTestId("exam-timer")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

for (const kind of ["ordering", "matching"] as const) {
  test(`a ${kind} item works by keyboard alone and is scored without partial credit`, async ({ page }) => {
    const { loadQuizSets } = await import("../../lib/content/quizzes");
    const found = loadQuizSets().flatMap((set) => set.questions.filter((q) => q.type === kind).map((q) => ({ set: set.id, q })))[0];
    test.skip(!found, `no ${kind} item in the bank yet`);
    if (!found) return;
    await page.goto(`/en/quiz/${found.set}?q=${found.q.id}&seed=kbd1`);
    await expect(page.getByTestId(kind)).toBeVisible();
    if (kind === "ordering" && found.q.type === "ordering") {
      // Put the steps in the right order with the move buttons only.
      const target = found.q.steps.map((s) => s.id);
      for (let pos = 0; pos < target.length; pos++) {
        for (let guard = 0; guard < 10; guard++) {
          const order = await page.getByTestId("ordering").locator("li").evaluateAll((els) => els.map((e) => e.getAttribute("data-step")));
          const at = order.indexOf(target[pos] ?? "");
          if (at === pos) break;
          await page.getByTestId("ordering").locator(`li[data-step="${target[pos]}"]`).getByRole("button", { name: /up$/ }).focus();
          await page.keyboard.press("Enter");
          await expect(page.getByTestId("ordering-announcement")).toContainText(`is now step ${at} of ${target.length}`);
        }
      }
    } else if (found.q.type === "matching") {
      const pairs = found.q.pairs;
      const selects = page.getByTestId("matching").locator("select");
      for (let i = 0; i < pairs.length; i++) {
        await selects.nth(i).focus();
        const wanted = pairs[i]?.response.en ?? "";
        // Arrow keys move through the native select's options until the right response is chosen.
        for (let guard = 0; guard < 10; guard++) {
          const label = await selects.nth(i).evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? "");
          if (label === wanted) break;
          await page.keyboard.press("ArrowDown");
        }
      }
    }
    await page.getByRole("button", { name: "Check answer" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("feedback")).toHaveText("Correct.");
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("an MLA-C02 simulation: 65 questions in 130 minutes, reload-safe, and questions not reached are unanswered, not missed", async ({ page }) => {
  await page.clock.install();
  await page.goto("/en/quiz/exam");
  await page.getByTestId("start-mla-c02").click();
  await expect(page.getByRole("heading", { level: 2, name: "Question 1 of 65" })).toBeVisible();
  await expect(page.getByTestId("exam-timer")).toHaveText(/^(130:00|129:\d\d)$/);
  await page.clock.fastForward("10:00");
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Question 1 of 65" })).toBeVisible();
  await expect(page.getByTestId("exam-timer")).toHaveText(/^1(19|20):\d\d$/);
  // Time runs out with nothing answered.
  await page.clock.fastForward("02:01:00");
  await expect(page.getByText("Time is up. Your answers so far have been scored.")).toBeVisible();
  await expect(page.getByTestId("simulation-breakdown")).toContainText("Unanswered: 65.");
  await expect(page.getByTestId("simulation-breakdown")).toContainText("Score by task statement");
  await page.goto("/en/quiz");
  await expect(page.getByTestId("due-summary")).toHaveText(/^Nothing is due/);
  // The attempt joins the history.
  await page.goto("/en/quiz/exam");
  await page.getByRole("button", { name: "Set up a timed exam" }).click();
  await expect(page.getByTestId("simulation-history")).toContainText("MLA-C02");
  await expect(page.getByTestId("simulation-history")).toContainText("0/65");
});

test("readiness changes after answers, builds a drill, and the home page offers to continue", async ({ page }) => {
  await page.goto("/en/quiz/readiness");
  // English readers are taken to MLA-C02 first; MLA-C01 is one press away and kept in the URL.
  await expect(page.getByTestId("readiness-mla-c02")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("readiness-summary")).toHaveText(/^Seen 0 of \d+ questions/);
  await page.getByTestId("readiness-mla-c01").click();
  await expect(page).toHaveURL(/exam=mla-c01/);
  const before = (await page.getByTestId("readiness-summary").textContent()) ?? "";
  const total = Number(before.match(/of (\d+) questions/)?.[1]);
  expect(total).toBeGreaterThan(100);

  const set = await firstSet(page);
  await page.goto(set.href);
  await expect(page.getByRole("heading", { level: 2, name: /^Question 1 of/ })).toBeVisible();
  await answerSomething(page);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByTestId("feedback")).toBeVisible();

  await page.goto("/en/quiz/readiness?exam=mla-c01");
  await expect(page.getByTestId("readiness-summary")).toHaveText(new RegExp(`^Seen 1 of ${total} questions · last answer right: (0|100)%`));
  await expect(page.getByTestId("weakest-tasks").locator("li")).toHaveCount(3);
  const seenCells = await page.getByTestId("readiness-tasks").locator("tbody tr td:first-of-type").allTextContents();
  expect(seenCells.filter((c) => c.startsWith("1/")).length).toBeGreaterThanOrEqual(1);

  await page.getByTestId("drill-link").click();
  await expect(page).toHaveURL(/\/en\/quiz\/drill\?exam=mla-c01/);
  await expect(page.getByRole("heading", { level: 2, name: /^Question 1 of \d+$/ })).toBeVisible();

  await page.goto("/en");
  await expect(page.getByTestId("home-continue")).toContainText(set.title);
  await expect(page.getByTestId("home-continue")).toContainText("1 of");
  await page.getByTestId("home-continue").getByRole("link", { name: "Continue" }).click();
  await expect(page).toHaveURL(new RegExp(`${set.href}\\?seed=`));
  await expect(page.getByTestId("feedback")).toBeVisible();
});

test("an exam guide page lists every task statement with its questions, and the changes with their source", async ({ page }) => {
  await page.goto("/en/exams/mla-c02");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("MLA-C02 exam guide, in our words");
  await expect(page.getByTestId("exam-changes")).toContainText("28 September 2026");
  for (const task of ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3"]) {
    await expect(page.getByTestId(`exam-task-${task}`)).toContainText(/\d+ questions practise this task statement/);
  }
  await page.getByTestId("exam-changes").getByRole("link", { name: "2.2" }).first().click();
  await expect(page).toHaveURL(/#task-2-2$/);
  await page.getByTestId("exam-task-2.2").getByRole("link").last().click();
  await expect(page.getByRole("heading", { level: 2, name: /^Question \d+ of \d+$/ })).toBeVisible();
  await page.goto("/ja/exams/mla-c01");
  await expect(page.getByTestId("exam-status")).toContainText("日本語");
});

test("the review page fetches the bank as a file, says so when it fails, and recovers on retry", async ({ page }) => {
  let fail = true;
  await page.route("**/en/quiz/bank.json", (route) => (fail ? route.abort() : route.continue()));
  await page.goto("/en/quiz/bookmarks");
  await expect(page.getByTestId("bank-failed")).toContainText("could not be loaded");
  fail = false;
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByTestId("review-empty")).toHaveText(/No bookmarks yet/);
  // The page itself carries no question text: it stays small.
  const html = await (await page.request.get("/en/quiz/exam")).text();
  expect(html.length).toBeLessThan(150_000);
});
