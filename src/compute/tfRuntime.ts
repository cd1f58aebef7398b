/** The tfjs chunk: core plus the two backends we use. Imported only through `ensureTf()`. */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-cpu';

export { tf };
