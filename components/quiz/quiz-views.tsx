import { getDictionary } from "@/lib/i18n/dictionaries";
import { formatMessage } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { QuizSetSummary, QuizSetView } from "@/lib/quiz/view";
import { routes } from "@/lib/routes";
import { BankRunner } from "./bank-runner.client";

/** Starts the bank's fetch with the page instead of after hydration (React hoists this into <head>). */
function PreloadBank({ locale }: { locale: Locale }) {
  return <link rel="preload" href={routes.quizBank(locale)} as="fetch" crossOrigin="anonymous" />;
}
import { PracticeRunner } from "./practice-runner.client";
import { QuizDashboard } from "./quiz-dashboard.client";
import { JsonLd } from "@/components/layout/json-ld";
import { quizJsonLd } from "@/lib/structured-data";
import { QuizPageHeader } from "./quiz-page-header";
import { ReadinessView, type ReadinessQuestion } from "./readiness-view.client";

export function QuizHomeView({ locale, sets, total }: { locale: Locale; sets: QuizSetSummary[]; total: number }) {
  const t = getDictionary(locale).quiz;
  return (
    <div className="max-w-5xl">
      <QuizPageHeader locale={locale} title={t.title} lead={t.lead}>
        <p className="mt-2 text-muted">{formatMessage(t.totalCount, { count: total, sets: sets.length })}</p>
      </QuizPageHeader>
      <QuizDashboard sets={sets} labels={t} reviewHref={routes.quizReview(locale)} examHref={routes.quizExam(locale)} readinessHref={routes.quizReadiness(locale)} bookmarksHref={routes.quizBookmarks(locale)} />
    </div>
  );
}

export function QuizSetPageView({ locale, view }: { locale: Locale; view: QuizSetView }) {
  const t = getDictionary(locale).quiz;
  const structured = quizJsonLd({
    path: routes.quizSet(locale, view.id),
    name: view.title,
    description: view.description,
    locale,
    about: "AWS Certified Machine Learning Engineer – Associate (MLA-C01, MLA-C02)",
    questions: view.questions.map((q) => q.question),
  });
  return (
    <div className="max-w-3xl">
      <JsonLd data={structured} />
      <QuizPageHeader locale={locale} title={view.title} lead={view.description} trail={[{ label: view.title }]}>
        <p className="mt-2 text-muted">
          {t.practiceMode} · {formatMessage(t.questionCount, { count: view.questions.length })}
        </p>
      </QuizPageHeader>
      <PracticeRunner mode="practice" setId={view.id} questions={view.questions} labels={t} backHref={routes.quiz(locale)} />
    </div>
  );
}

export function QuizExamView({ locale }: { locale: Locale }) {
  const t = getDictionary(locale).quiz;
  return (
    <div className="max-w-3xl">
      <QuizPageHeader locale={locale} title={t.examTitle} lead={t.examLead} trail={[{ label: t.examTitle }]} />
      <PreloadBank locale={locale} />
      <BankRunner kind="exam" locale={locale} bankUrl={routes.quizBank(locale)} labels={t} backHref={routes.quiz(locale)} />
    </div>
  );
}

export function QuizReviewView({ locale }: { locale: Locale }) {
  const t = getDictionary(locale).quiz;
  return (
    <div className="max-w-3xl">
      <QuizPageHeader locale={locale} title={t.dueTitle} lead={t.reviewLead} trail={[{ label: t.dueTitle }]} />
      <PreloadBank locale={locale} />
      <BankRunner kind="review" locale={locale} bankUrl={routes.quizBank(locale)} labels={t} backHref={routes.quiz(locale)} />
    </div>
  );
}

export function QuizReadinessView({ locale, questions }: { locale: Locale; questions: ReadinessQuestion[] }) {
  const t = getDictionary(locale).quiz;
  return (
    <div className="max-w-4xl">
      <QuizPageHeader locale={locale} title={t.readinessTitle} lead={t.readinessLead} trail={[{ label: t.readinessTitle }]} />
      <ReadinessView locale={locale} questions={questions} labels={t} />
    </div>
  );
}

export function QuizDrillView({ locale }: { locale: Locale }) {
  const t = getDictionary(locale).quiz;
  return (
    <div className="max-w-3xl">
      <QuizPageHeader locale={locale} title={t.drillTitle} lead={t.drillLead} trail={[{ label: t.readinessTitle, href: routes.quizReadiness(locale) }, { label: t.drillTitle }]} />
      <PreloadBank locale={locale} />
      <BankRunner kind="drill" locale={locale} bankUrl={routes.quizBank(locale)} labels={t} backHref={routes.quizReadiness(locale)} />
    </div>
  );
}

export function QuizBookmarksView({ locale }: { locale: Locale }) {
  const t = getDictionary(locale).quiz;
  return (
    <div className="max-w-3xl">
      <QuizPageHeader locale={locale} title={t.bookmarksTitle} lead={t.bookmarksLead} trail={[{ label: t.bookmarksTitle }]} />
      <PreloadBank locale={locale} />
      <BankRunner kind="bookmarks" locale={locale} bankUrl={routes.quizBank(locale)} labels={t} backHref={routes.quiz(locale)} />
    </div>
  );
}
