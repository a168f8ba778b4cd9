import type { UiStrings } from "./strings";

// French typography: the spaces before : ; ! ? and inside « » are no-break spaces (U+00A0), so a line never starts with the sign.

export const fr: UiStrings = {
  dir: "ltr",
  languageName: "Français",
  languageLabel: "Langue",
  tagline: "Le calcul des coûts hospitaliers dans Excel : centres de coût, répartition primaire et secondaire, coût des unités d'œuvre et des actes.",
  functions: {
    heading: "Les fonctions",
    intro: "Elles se tapent dans une cellule comme toute fonction Excel :",
  },
  template: {
    heading: "Modèles",
    description: "Ajoute de nouvelles feuilles prêtes à remplir, formules comprises. Vos feuilles existantes ne sont jamais modifiées.",
    kindLabel: "Modèle",
    kinds: {
      costCentres: "Coûts par centre (sections homogènes)",
      actsTariffs: "Actes et tarifs (lettres-clés, nomenclature, prêt)",
    },
    linkHint: "Le modèle actes et tarifs lit les coûts des centres dans le modèle de centres de coût déjà inséré dans ce classeur ; sans lui, il ajoute sa propre feuille de coûts des centres.",
    contentLabel: "Contenu du modèle",
    withSample: "Avec des données d'exemple (formation)",
    empty: "Vide, pour mes propres données",
    insert: "Insérer le modèle",
    inserting: "Insertion en cours…",
    progress: (done, total) => `Feuilles écrites : ${done} sur ${total}`,
    success: (sheets) => `Modèle inséré. Feuilles créées : ${sheets.join(", ")}.`,
    successHint: "Les formules se calculent dès que le complément Hisab Santé est chargé.",
    linked: (resultsSheet) => `Relié aux coûts des centres de la feuille « ${resultsSheet} ».`,
    standalone: "Aucun modèle de centres de coût dans ce classeur : saisissez les coûts dans la feuille des coûts des centres.",
    failures: {
      protected: "Le classeur ou une feuille est protégé : Excel refuse d'ajouter des feuilles. Retirez la protection (Révision > Protéger le classeur), puis réessayez.",
      cell_edit_mode: "Une cellule est en cours de modification. Appuyez sur Entrée ou Échap, puis réessayez.",
      too_large: "Excel a refusé une demande trop volumineuse. Réessayez ; si le problème persiste, insérez le modèle vide.",
      unsupported: "Cette version d'Excel ne permet pas cette opération. Mettez Excel à jour ou utilisez Excel pour le web.",
      unknown: "Excel n'a pas pu insérer le modèle.",
    },
    nothingChanged: "Votre classeur n'a pas été modifié.",
    leftBehind: (sheets) => `Ces feuilles n'ont pas pu être retirées, vous pouvez les supprimer : ${sheets.join(", ")}.`,
    detail: (message) => `Message d'Excel : ${message}`,
  },
};
