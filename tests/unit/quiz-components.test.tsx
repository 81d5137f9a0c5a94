// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MatchingInput } from "@/components/quiz/matching-input.client";
import { OrderingInput } from "@/components/quiz/ordering-input.client";
import { PracticeRunner } from "@/components/quiz/practice-runner.client";
import { getDictionary } from "@/lib/i18n/dictionaries";
import type { PlayQuestion } from "@/lib/quiz/attempt";
import { PROGRESS_KEY } from "@/lib/quiz/storage";

const labels = getDictionary("en").quiz;
const steps = [
  { id: "a", text: "Land the data" },
  { id: "b", text: "Crawl it" },
  { id: "c", text: "Train" },
];

afterEach(cleanup);

function Ordering({ start }: { start: string[] }) {
  const [ids, setIds] = useState(start);
  const arrangement = ids.map((id) => steps.find((s) => s.id === id) ?? steps[0]!);
  return <OrderingInput steps={steps} arrangement={arrangement} onChange={setIds} revealed={false} labels={labels} />;
}

function shown(): string[] {
  return within(screen.getByTestId("ordering"))
    .getAllByRole("listitem")
    .map((li) => li.getAttribute("data-step") ?? "");
}

describe("ordering item", () => {
  it("moves a step by keyboard alone, announces the move and keeps focus on the moved step", async () => {
    const user = userEvent.setup();
    render(<Ordering start={["c", "a", "b"]} />);
    screen.getByRole("button", { name: "Move “Train” down" }).focus();
    await user.keyboard("{Enter}");
    expect(shown()).toEqual(["a", "c", "b"]);
    expect(screen.getByTestId("ordering-announcement")).toHaveTextContent("“Train” is now step 2 of 3.");
    await act(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Move “Train” down" }));
    await user.keyboard(" ");
    expect(shown()).toEqual(["a", "b", "c"]);
    // At the bottom its "down" button is disabled, so focus moves to "up".
    await act(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
    expect(screen.getByRole("button", { name: "Move “Train” down" })).toBeDisabled();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Move “Train” up" }));
  });
});

describe("matching item", () => {
  it("records one response per prompt as prompt=response, and shows the right match after checking", async () => {
    const user = userEvent.setup();
    const prompts = [
      { id: "a", text: "Columnar files" },
      { id: "b", text: "One JSON object per line" },
    ];
    const responses = [
      { id: "b", text: "JSON Lines" },
      { id: "a", text: "Parquet" },
    ];
    let chosen: string[] = [];
    const { rerender } = render(<MatchingInput prompts={prompts} responses={responses} chosen={chosen} onChange={(c) => (chosen = c)} revealed={false} labels={labels} />);
    await user.selectOptions(screen.getByLabelText("Columnar files"), "Parquet");
    expect(chosen).toEqual(["a=a"]);
    rerender(<MatchingInput prompts={prompts} responses={responses} chosen={["a=a", "b=a"]} onChange={() => {}} revealed labels={labels} />);
    expect(screen.getByLabelText("One JSON object per line")).toBeDisabled();
    expect(screen.getByText(`${labels.rightAnswer}: JSON Lines`)).toBeInTheDocument();
  });
});

function question(id: string, correct: "a" | "b"): PlayQuestion {
  return {
    id,
    setId: "set",
    kind: "choice",
    topic: "Topic",
    difficulty: "Easy",
    domain: "Data preparation for ML",
    domainId: "data-preparation",
    tasks: ["1.1"],
    exams: ["mla-c01", "mla-c02"],
    scenario: `Scenario ${id}`,
    question: `Question ${id}?`,
    multi: false,
    options: ["a", "b", "c", "d"].map((o) => ({ id: o, text: `Option ${o} of ${id}`, explanation: `Why ${o}`, correct: o === correct })),
    steps: [],
    responses: [],
    links: [],
  };
}

describe("practice run", () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.history.replaceState(null, "", "/en/quiz/set");
  });

  it("bookmarks a question, keeps it in saved progress, and the bookmarks run lists it", async () => {
    const user = userEvent.setup();
    const questions = [question("q1", "a"), question("q2", "b")];
    render(<PracticeRunner mode="practice" setId="set" questions={questions} labels={labels} backHref="/en/quiz" />);
    const bookmark = await screen.findByRole("button", { name: /Bookmark/ });
    expect(bookmark).toHaveAttribute("aria-pressed", "false");
    await user.click(bookmark);
    expect(screen.getByRole("button", { name: /Bookmark/ })).toHaveAttribute("aria-pressed", "true");
    expect(JSON.parse(window.localStorage.getItem(PROGRESS_KEY) ?? "{}").bookmarks).toEqual(["q1"]);
    cleanup();

    window.history.replaceState(null, "", "/en/quiz/bookmarks");
    render(<PracticeRunner mode="bookmarks" questions={questions} labels={labels} backHref="/en/quiz" />);
    expect(await screen.findByText("Scenario q1")).toBeInTheDocument();
    expect(screen.getByText("Question 1 of 1")).toBeInTheDocument();
  });

  it("offers to retry only the questions missed, and that retry does not replace the set's best score", async () => {
    const user = userEvent.setup();
    const questions = [question("q1", "a"), question("q2", "b")];
    render(<PracticeRunner mode="practice" setId="set" questions={questions} labels={labels} backHref="/en/quiz" />);
    for (const pick of ["Option a of q1", "Option a of q2"]) {
      await user.click(await screen.findByLabelText(new RegExp(pick)));
      await user.click(screen.getByRole("button", { name: labels.check }));
      await user.click(screen.getByRole("button", { name: /Next question|See results/ }));
    }
    const retry = await screen.findByTestId("retry-missed");
    expect(retry).toHaveTextContent("Retry the 1 I missed");
    const best = () => JSON.parse(window.localStorage.getItem(PROGRESS_KEY) ?? "{}").best.set;
    expect(best()).toMatchObject({ correct: 1, total: 2 });
    await user.click(retry);
    expect(await screen.findByText("Scenario q2")).toBeInTheDocument();
    expect(screen.getByText("Question 1 of 1")).toBeInTheDocument();
    await user.click(screen.getByLabelText(/Option b of q2/));
    await user.click(screen.getByRole("button", { name: labels.check }));
    await user.click(screen.getByRole("button", { name: /See results/ }));
    expect(await screen.findByText(/You got 1 of 1 right/)).toBeInTheDocument();
    expect(best()).toMatchObject({ correct: 1, total: 2 });
  });

  it("says so when there are no bookmarks yet", async () => {
    render(<PracticeRunner mode="bookmarks" questions={[question("q1", "a")]} labels={labels} backHref="/en/quiz" />);
    expect(await screen.findByTestId("review-empty")).toHaveTextContent(labels.bookmarksNone);
  });
});
