/** Loads every job kind's code so the runner knows it (imported by the sync actions' index). */
import './check.ts'
import './pull.ts'
import './push.ts'
