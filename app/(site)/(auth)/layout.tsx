// Forms and dialogs here are client components with many strings: they get every message namespace.
// The public pages get only what they use (app/(site)/layout.tsx).
export { AllMessagesLayout as default } from "@/components/layout/client-messages";
