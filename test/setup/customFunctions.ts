import { installCustomFunctions } from "../office/customFunctions";

/** Excel defines the CustomFunctions global in its runtime; jest has none. */
installCustomFunctions();
