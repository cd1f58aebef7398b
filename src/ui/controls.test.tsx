import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NumberParamSpec, ParamSpec } from '../scenes/types';
import { MultiToggle } from './MultiToggle';
import { ParamControls } from './ParamControls';
import { Segmented } from './Segmented';
import { formatParamValue, Slider } from './Slider';
import { StepControls, type StepControlsProps } from './StepControls';
import { TextField } from './TextField';
import { Toggle } from './Toggle';

afterEach(cleanup);

const intSpec: NumberParamSpec = { key: 'B', type: 'int', default: 8, min: 1, max: 32, step: 1 };
const floatSpec: NumberParamSpec = { key: 'pad', type: 'float', default: 0, min: 0, max: 0.8, step: 0.05 };
const logSpec: NumberParamSpec = { key: 'lr', type: 'float', default: 0.001, min: 0.0001, max: 0.1, step: 0.0001, scale: 'log' };

describe('Slider', () => {
  it('is a range input labelled by its label, inside a data-param wrapper', () => {
    const { container } = render(<Slider spec={intSpec} value={8} label="Batch size B" onChange={() => {}} />);
    const input = screen.getByLabelText('Batch size B');
    expect(input).toBe(screen.getByRole('slider', { name: 'Batch size B' }));
    expect(input).toHaveAttribute('type', 'range');
    expect(input).toHaveAttribute('min', '1');
    expect(input).toHaveAttribute('max', '32');
    expect(input).toHaveAttribute('step', '1');
    expect(input).toHaveValue('8');
    expect(container.querySelector('[data-param="B"]')).toContainElement(input);
  });

  it('shows the value (with its unit) and describes itself with the help text', () => {
    render(<Slider spec={floatSpec} value={0.4} label="Padding" unit="%" help="Share of padded positions" onChange={() => {}} />);
    const input = screen.getByRole('slider', { name: 'Padding' });
    expect(input).toHaveAttribute('aria-valuetext', '0.40 %');
    expect(input).toHaveAccessibleDescription('Share of padded positions');
    expect(screen.getByRole('status')).toHaveTextContent('0.40 %'); // <output>
  });

  it('calls onChange with the number when moved', () => {
    const onChange = vi.fn();
    render(<Slider spec={intSpec} value={8} label="B" onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('B'), { target: { value: '5' } });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith(5);
  });

  it('maps a log slider position back onto the value grid, within [min, max]', () => {
    const onChange = vi.fn();
    render(<Slider spec={logSpec} value={0.001} label="lr" onChange={onChange} />);
    const input = screen.getByLabelText('lr');
    expect(input).toHaveAttribute('min', '0');
    expect(input).toHaveAttribute('max', '1000');
    // 0.001 is a third of the way from 1e-4 to 1e-1 in log space
    expect(input).toHaveValue('333');
    fireEvent.change(input, { target: { value: '0' } });
    fireEvent.change(input, { target: { value: '1000' } });
    fireEvent.change(input, { target: { value: '500' } });
    expect(onChange.mock.calls.map((c) => c[0])).toEqual([0.0001, 0.1, 0.0032]);
  });

  it('formats values with the precision of the step', () => {
    expect(formatParamValue(intSpec, 7.6)).toBe('8');
    expect(formatParamValue(floatSpec, 0.4)).toBe('0.40');
    expect(formatParamValue({ ...floatSpec, step: 0.5 }, 3)).toBe('3.0');
  });
});

describe('Segmented', () => {
  const props = {
    paramKey: 'mode',
    label: 'Normalisation',
    options: ['bn', 'ln', 'rms'],
    optionLabels: { bn: 'BatchNorm', ln: 'LayerNorm' },
    value: 'ln',
  };

  it('is a labelled group of toggle buttons, one pressed, inside a data-param wrapper', () => {
    const { container } = render(<Segmented {...props} onChange={() => {}} />);
    const group = screen.getByRole('group', { name: 'Normalisation' });
    expect(container.querySelector('[data-param="mode"]')).toContainElement(group);
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['BatchNorm', 'LayerNorm', 'rms']); // falls back to the option id
    expect(screen.getByRole('button', { name: 'LayerNorm' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'BatchNorm' })).toHaveAttribute('aria-pressed', 'false');
    expect(buttons.map((b) => b.dataset.value)).toEqual(['bn', 'ln', 'rms']);
  });

  it('calls onChange with the option id on click', async () => {
    const onChange = vi.fn();
    render(<Segmented {...props} help="Which cells share statistics" onChange={onChange} />);
    expect(screen.getByRole('group')).toHaveAccessibleDescription('Which cells share statistics');
    await userEvent.click(screen.getByRole('button', { name: 'BatchNorm' }));
    expect(onChange).toHaveBeenCalledWith('bn');
  });
});

describe('Toggle', () => {
  it('is a labelled switch inside a data-param wrapper', () => {
    const { container } = render(<Toggle paramKey="on" label="Show grid" value={true} onChange={() => {}} />);
    const sw = screen.getByRole('switch', { name: 'Show grid' });
    expect(sw).toBe(screen.getByLabelText('Show grid'));
    expect(sw).toBeChecked();
    expect(container.querySelector('[data-param="on"]')).toContainElement(sw);
  });

  it('calls onChange with the new state', async () => {
    const onChange = vi.fn();
    render(<Toggle paramKey="on" label="Show grid" value={false} onChange={onChange} />);
    await userEvent.click(screen.getByRole('switch', { name: 'Show grid' }));
    expect(onChange).toHaveBeenCalledWith(true);
  });
});

describe('ParamControls', () => {
  const specs: ParamSpec[] = [
    { key: 'mode', type: 'enum', default: 'a', options: ['a', 'b'] },
    intSpec,
    { key: 'on', type: 'bool', default: false },
  ];

  it('renders one control per spec, labelled from the copy (or the key), and reports changes by key', async () => {
    const onChange = vi.fn();
    const { container } = render(
      <ParamControls
        specs={specs}
        values={{ mode: 'a', B: 8, on: false }}
        copy={{ mode: { label: 'Mode', options: { a: 'Alpha', b: 'Beta' } }, B: { label: 'Batch' } }}
        onChange={onChange}
      />,
    );
    expect([...container.querySelectorAll('[data-param]')].map((e) => e.getAttribute('data-param'))).toEqual(['mode', 'B', 'on']);
    await userEvent.click(screen.getByRole('button', { name: 'Beta' }));
    fireEvent.change(screen.getByRole('slider', { name: 'Batch' }), { target: { value: '3' } });
    await userEvent.click(screen.getByRole('switch', { name: 'on' }));
    expect(onChange.mock.calls).toEqual([
      ['mode', 'b'],
      ['B', 3],
      ['on', true],
    ]);
  });
});

describe('StepControls', () => {
  const labels = { prev: 'Previous step', next: 'Next step', play: 'Play steps', pause: 'Pause', steps: 'Steps', stepOf: 'Step 1 of 3' };
  const base: StepControlsProps = {
    stepIds: ['a', 'b', 'c'],
    titles: { a: 'Alpha', b: 'Beta', c: 'Gamma' },
    index: 0,
    playing: false,
    labels,
    onGoto: () => {},
    onTogglePlay: () => {},
  };

  it('is a labelled nav with prev, play and next buttons', () => {
    render(<StepControls {...base} />);
    const nav = screen.getByRole('navigation', { name: 'Steps' });
    expect(within(nav).getByRole('button', { name: 'Previous step' })).toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: 'Play steps' })).toHaveAttribute('aria-pressed', 'false');
    expect(within(nav).getByRole('button', { name: 'Next step' })).toBeInTheDocument();
    expect(screen.getByText('Step 1 of 3')).toBeInTheDocument();
  });

  it('disables prev on the first step, and next on the last', () => {
    const { rerender } = render(<StepControls {...base} index={0} />);
    expect(screen.getByRole('button', { name: 'Previous step' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Next step' })).toBeEnabled();
    rerender(<StepControls {...base} index={1} />);
    expect(screen.getByRole('button', { name: 'Previous step' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Next step' })).toBeEnabled();
    rerender(<StepControls {...base} index={2} />);
    expect(screen.getByRole('button', { name: 'Previous step' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Next step' })).toBeDisabled();
  });

  it('has one dot per step, named by number and title, with aria-current on the current one', () => {
    render(<StepControls {...base} index={1} />);
    const dots = ['1. Alpha', '2. Beta', '3. Gamma'].map((name) => screen.getByRole('button', { name }));
    expect(dots.map((d) => d.getAttribute('aria-current'))).toEqual([null, 'step', null]);
    expect(dots.map((d) => d.dataset.stepId)).toEqual(['a', 'b', 'c']);
  });

  it('calls onGoto with the index of prev, next and a dot, and onTogglePlay', async () => {
    const onGoto = vi.fn();
    const onTogglePlay = vi.fn();
    render(<StepControls {...base} index={1} onGoto={onGoto} onTogglePlay={onTogglePlay} />);
    await userEvent.click(screen.getByRole('button', { name: 'Previous step' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next step' }));
    await userEvent.click(screen.getByRole('button', { name: '3. Gamma' }));
    await userEvent.click(screen.getByRole('button', { name: 'Play steps' }));
    expect(onGoto.mock.calls).toEqual([[0], [2], [2]]);
    expect(onTogglePlay).toHaveBeenCalledTimes(1);
  });

  it('shows pause while playing; compact mode drops the dot numbers', () => {
    const { container } = render(<StepControls {...base} playing compact />);
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
    expect(container.querySelectorAll('.dot-n')).toHaveLength(0);
  });

  it('falls back to the step id when a title is missing', () => {
    render(<StepControls {...base} titles={{}} />);
    expect(screen.getByRole('button', { name: '2. b' })).toBeInTheDocument();
  });
});

describe('MultiToggle (set params)', () => {
  it('toggles options in option order and keeps at least min chosen', async () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <MultiToggle paramKey="targets" label="Targets" options={['q', 'k', 'v']} value={['v']} min={1} onChange={onChange} />,
    );
    const group = screen.getByRole('group', { name: 'Targets' });
    expect(within(group).getByRole('button', { name: 'v' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(group).getByRole('button', { name: 'v' })).toBeDisabled();
    await userEvent.click(within(group).getByRole('button', { name: 'q' }));
    expect(onChange).toHaveBeenLastCalledWith(['q', 'v']);
    rerender(<MultiToggle paramKey="targets" label="Targets" options={['q', 'k', 'v']} value={['q', 'v']} min={1} onChange={onChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'v' }));
    expect(onChange).toHaveBeenLastCalledWith(['q']);
  });

  it('is generated by ParamControls from a set spec, value as a comma list', async () => {
    const onChange = vi.fn();
    render(
      <ParamControls
        specs={[{ key: 't', type: 'set', default: 'a', options: ['a', 'b'] }]}
        values={{ t: 'a' }}
        copy={{ t: { label: 'T', options: { a: 'Alpha', b: 'Beta' } } }}
        onChange={onChange}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Beta' }));
    expect(onChange).toHaveBeenCalledWith('t', 'a,b');
  });
});

describe('TextField (text params)', () => {
  it('is a labelled text area that commits on blur, not per key', async () => {
    const onChange = vi.fn();
    render(<TextField paramKey="prompt" label="Prompt" value="你好" maxLength={40} onChange={onChange} />);
    const area = screen.getByRole('textbox', { name: 'Prompt' });
    await userEvent.type(area, '世界');
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.blur(area);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('你好世界');
  });

  it('commits after a pause and with Ctrl+Enter; a new value from outside replaces the draft', async () => {
    vi.useFakeTimers();
    try {
      const onChange = vi.fn();
      const { rerender } = render(<TextField paramKey="p" label="P" value="a" maxLength={10} commitDelay={500} onChange={onChange} />);
      const area = screen.getByRole('textbox', { name: 'P' });
      fireEvent.change(area, { target: { value: 'ab' } });
      vi.advanceTimersByTime(499);
      expect(onChange).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(onChange).toHaveBeenCalledWith('ab');
      fireEvent.change(area, { target: { value: 'abc' } });
      fireEvent.keyDown(area, { key: 'Enter', ctrlKey: true });
      expect(onChange).toHaveBeenLastCalledWith('abc');
      rerender(<TextField paramKey="p" label="P" value="zz" maxLength={10} commitDelay={500} onChange={onChange} />);
      expect(area).toHaveValue('zz');
    } finally {
      vi.useRealTimers();
    }
  });
});
