// AG Grid's modules, registered by the one component that hosts a grid, so that AG Grid
// travels in the chunk of the pages that show one and not in the login page's main chunk.
import { AllCommunityModule, ModuleRegistry } from 'ag-grid-community'

ModuleRegistry.registerModules([AllCommunityModule])
