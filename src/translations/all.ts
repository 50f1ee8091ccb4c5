/** Registers every shipped translation (the CDN bundle and `import 'trust-signals'` use this). */
import './ar.js';
import './de.js';
import './es.js';
import './fr.js';
import './nl.js';
import './pl.js';
import './ru.js';
import './sv.js';
