/** The login page's query value after the first-run setup: /masuk?done=pasang says the region was created. */
export const INSTALLED = "pasang";

/** The login page's query value after signing out on every device: /masuk?keluar=semua shows a notice. */
export const SIGNED_OUT_EVERYWHERE = "semua";
