import { AllCommunityModule, ModuleRegistry } from 'ag-grid-community'
import { createApp } from 'vue'
import App from './App.vue'
import { router } from './router.js'
import './styles.css'

ModuleRegistry.registerModules([AllCommunityModule])

createApp(App).use(router).mount('#app')
