/** English UI strings. This object defines the dictionary's shape; ja.ts must match it key for key. */
export const en = {
  site: {
    name: "SageMaker AI Study",
    tagline: "Learn Amazon SageMaker AI and the Well-Architected Machine Learning Lens, in Japanese and English.",
  },
  nav: {
    label: "Main",
    home: "Home",
    lessons: "Lessons",
    services: "Services",
    glossary: "Glossary",
    quiz: "Quiz",
    review: "Self-review",
  },
  a11y: {
    skipToContent: "Skip to content",
    breadcrumbs: "Breadcrumb",
    opensInNewTab: "(opens in a new tab)",
  },
  theme: {
    toggle: "Switch colour theme",
    toLight: "Use light theme",
    toDark: "Use dark theme",
  },
  language: {
    switchTo: "日本語",
    readHere: "Read in English",
    switchLabel: "この ページを日本語で読む",
  },
  home: {
    title: "Learn SageMaker AI, one step at a time",
    lead: "Lessons, a service catalogue, a glossary that understands how you type, and scenario quizzes — for engineers and data scientists preparing to build on AWS or sit an AWS ML certification.",
    pathTitle: "Learning path",
    pathLead: "Lessons in the order we suggest reading them.",
    startReading: "Start with the first lesson",
    exploreTitle: "Explore",
    lessonsCount: (n: number) => `${n} ${n === 1 ? "lesson" : "lessons"}`,
  },
  sections: {
    basics: "Basics",
    workflow: "ML workflow",
    data: "Data",
    training: "Training",
    inference: "Inference",
    mlops: "MLOps",
    "well-architected": "Well-Architected ML Lens",
    scenarios: "Scenarios",
  },
  entry: {
    lessons: "Read the lessons, from what SageMaker AI is to the Well-Architected pillars.",
    services: "Every AWS service the portal teaches: what it does, when to use it, and whether it is still current.",
    glossary: "Look up a term in Japanese or English, however you type it.",
    quiz: "“Which service would you pick?” scenarios, with every option explained.",
    review: "Check your own workload against the Well-Architected ML Lens.",
  },
  comingSoon: {
    badge: "Coming soon",
    title: (what: string) => `${what} is coming soon`,
    body: "This part of the portal is being written. In the meantime, the lessons are ready to read.",
    back: "Go to the lessons",
  },
  lesson: {
    toc: "On this page",
    readingTime: (minutes: number) => `${minutes} min read`,
    lastReviewed: "Last reviewed",
    sources: "Sources",
    previous: "Previous",
    next: "Next",
    untranslatedTitle: "Not yet translated",
    untranslatedBody: "This lesson has not been written in English yet, so it is shown in Japanese.",
    lessonNumber: (n: number) => `Lesson ${n}`,
  },
  callout: {
    note: "Note",
    warning: "Warning",
    retired: "Retired or changed service",
  },
  code: {
    copy: "Copy",
    copied: "Copied",
    copyLabel: "Copy code to clipboard",
  },
  catalogue: {
    title: "Service catalogue",
    lead: "Every AWS service the portal teaches: its layer of the ML stack, the workflow phases it serves, and whether it is still current.",
    countAll: "{total} services",
    countSome: "{shown} of {total} services",
    layer: "Layer",
    phases: "Workflow phases",
    pillars: "Well-Architected pillars",
    status: "Status",
    summary: "Summary",
    whenToUse: "When to use it",
    whenNotToUse: "When not to use it",
    billing: "How it is billed",
    related: "Related services",
    docs: "AWS documentation",
    taughtIn: "Where this is taught",
    notTaughtYet: "No lesson, term or quiz question links here yet.",
    replacement: "Use instead",
    statusSource: "Source for this status",
    checked: "Checked",
    since: (date: string) => `since ${date}`,
    filters: "Filter services",
    any: "Any",
    clear: "Clear filters",
    noMatch: "No service matches these filters.",
  },
  glossary: {
    title: "Glossary",
    lead: "SageMaker AI, AWS and machine-learning terms in Japanese and English.",
    count: (n: number) => `${n} terms`,
    reading: "Reading",
    aliases: "Also written as",
    otherLanguage: "In Japanese",
    relatedTerms: "Related terms",
    relatedServices: "Related services",
    relatedLessons: "Lessons",
    linkedFrom: "Linked from",
    index: "Index",
    allTerms: "All terms",
  },
  notFound: {
    title: "Page not found",
    body: "The page you were looking for does not exist or has moved.",
    home: "Go to the home page",
  },
  footer: {
    disclaimer: "An independent study site. Not affiliated with or endorsed by Amazon Web Services. AWS and Amazon SageMaker AI are trademarks of Amazon.com, Inc. or its affiliates.",
  },
} as const;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : { readonly [K in keyof T]: Widen<T[K]> };

/** The shape every locale's dictionary must have. A missing or extra key is a type error. */
export type Dictionary = Widen<typeof en>;
