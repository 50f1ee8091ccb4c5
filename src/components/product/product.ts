/** Registers `<trust-product>`. */
import { defineElement } from '../../internal/define.js';
import { TrustProduct } from './product.component.js';

export { TrustProduct };

defineElement('trust-product', TrustProduct);

declare global {
  interface HTMLElementTagNameMap {
    'trust-product': TrustProduct;
  }
}
