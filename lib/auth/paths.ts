/** The login page's query value after signing out on every device: /masuk?keluar=semua shows a notice. */
export const SIGNED_OUT_EVERYWHERE = "semua";
