import { createApp } from 'vue'
import App from './App.vue'
import { reloadOnStaleChunk } from './reloadOnStaleChunk.js'
import { router } from './router.js'
import './styles.css'

reloadOnStaleChunk(router)
createApp(App).use(router).mount('#app')
