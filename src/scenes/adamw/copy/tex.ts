/** Display formulas of question 16 (KaTeX source), shared by both languages. */
export const FORMULA_TEX = [
  'g_t = \\nabla f(\\theta_{t-1}) + \\lambda\\theta_{t-1},\\quad m_t = \\beta_1 m_{t-1} + (1-\\beta_1)g_t,\\quad v_t = \\beta_2 v_{t-1} + (1-\\beta_2)g_t^2,\\quad \\theta_t = \\theta_{t-1} - \\mathrm{lr}\\,\\frac{\\hat m_t}{\\sqrt{\\hat v_t}+\\epsilon}',
  '\\theta_{t-1}\\leftarrow(1-\\mathrm{lr}\\,\\lambda)\\,\\theta_{t-1},\\quad g_t = \\nabla f(\\theta_{t-1}),\\quad \\theta_t = \\theta_{t-1} - \\mathrm{lr}\\,\\frac{\\hat m_t}{\\sqrt{\\hat v_t}+\\epsilon}',
  '\\hat m_t = \\frac{m_t}{1-\\beta_1^t},\\qquad \\hat v_t = \\frac{v_t}{1-\\beta_2^t}',
  '\\theta - \\mathrm{lr}\\,(\\nabla f + \\lambda\\theta) = (1-\\mathrm{lr}\\,\\lambda)\\,\\theta - \\mathrm{lr}\\,\\nabla f',
] as const;
