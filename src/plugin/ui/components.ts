// Small constructors for the host's component descriptors, so builders read as layout.
import {
  ButtonSize,
  Components,
  InputSize,
  InputType,
  type BoxGroup,
  type ContextProps,
  type ButtonGroup,
  type CheckboxGroup,
  type ComboBoxGroup,
  type Component,
  type IBox,
  Actions,
  type IButton,
  type IComboBoxItem,
  type IInput,
  type IMessage,
  type InputGroup,
  type LabelGroup,
  type TextGroup,
} from "@onlyoffice/docspace-plugin-sdk";

export function box(
  children: Component[],
  props: Omit<IBox, "children"> = {},
  contextName?: string,
): BoxGroup {
  const group = {
    component: Components.box,
    props: { displayProp: "flex", flexDirection: "column", ...props, children },
  } satisfies BoxGroup;
  return contextName ? { ...group, contextName } : group;
}

/** A vertical group with a gap, for one labelled setting. */
export function field(children: Component[], contextName?: string): BoxGroup {
  return box(children, { marginProp: "0 0 16px 0" }, contextName);
}

export function text(
  value: string,
  options: { bold?: boolean; color?: string; fontSize?: string; contextName?: string } = {},
): TextGroup {
  const group = {
    component: Components.text,
    props: {
      text: value,
      ...(options.bold ? { isBold: true } : {}),
      ...(options.color ? { color: options.color } : {}),
      fontSize: options.fontSize ?? "13px",
      lineHeight: "20px",
    },
  } satisfies TextGroup;
  return options.contextName ? { ...group, contextName: options.contextName } : group;
}

export function label(value: string): LabelGroup {
  return { component: Components.label, props: { text: value } } satisfies LabelGroup;
}

export function inputProps(props: {
  value: string;
  onChange: (value: string) => IMessage | void;
  placeholder?: string;
  password?: boolean;
  readOnly?: boolean;
  hasError?: boolean;
  maxLength?: number;
}): IInput {
  return {
    value: props.value,
    onChange: props.onChange,
    size: InputSize.base,
    scale: true,
    // The host's default tabIndex is -1 (helpers/plugins/WrappedComponent.js): keep fields reachable by Tab.
    tabIndex: 0,
    // The host's default maxLength is 255; tokens and URLs can be longer.
    maxLength: String(props.maxLength ?? 255),
    ...(props.placeholder ? { placeholder: props.placeholder } : {}),
    ...(props.password ? { type: InputType.password } : { type: InputType.text }),
    ...(props.readOnly ? { isReadOnly: true } : {}),
    ...(props.hasError ? { hasError: true } : {}),
  } satisfies IInput;
}

export function input(props: Parameters<typeof inputProps>[0], contextName?: string): InputGroup {
  const group = { component: Components.input, props: inputProps(props) } satisfies InputGroup;
  return contextName ? { ...group, contextName } : group;
}

export function button(
  props: {
    label: string;
    onClick: IButton["onClick"];
    primary?: boolean;
    disabled?: boolean;
  },
  contextName?: string,
): ButtonGroup {
  const group = {
    component: Components.button,
    props: {
      label: props.label,
      // "normal", not ButtonSize.extraSmall: DocSpace 3.6 does not style "extra-small" (helpers/plugins/WrappedComponent.js).
      size: ButtonSize.normal,
      onClick: props.onClick,
      scale: false,
      withLoadingAfterClick: true,
      disableWhileRequestRunning: true,
      ...(props.primary ? { primary: true } : {}),
      ...(props.disabled ? { isDisabled: true } : {}),
    },
  } satisfies ButtonGroup;
  return contextName ? { ...group, contextName } : group;
}

export function comboBox<K extends string>(props: {
  options: readonly { key: K; label: string }[];
  selected: K;
  onSelect: (key: K) => IMessage | void;
}): ComboBoxGroup {
  const options: IComboBoxItem[] = props.options.map((option) => ({ key: option.key, label: option.label }));
  const selectedOption = options.find((option) => option.key === props.selected) ?? options[0];
  return {
    component: Components.comboBox,
    props: {
      options,
      selectedOption: selectedOption ?? { key: props.selected, label: props.selected },
      scaled: true,
      scaledOptions: true,
      directionY: "both",
      onSelect: (item: IComboBoxItem) => {
        const chosen = props.options.find((option) => option.key === item.key);
        return chosen ? props.onSelect(chosen.key) : undefined;
      },
    },
  } satisfies ComboBoxGroup;
}

export function checkbox(props: {
  label: string;
  checked: boolean;
  onChange: () => IMessage | void;
}): CheckboxGroup {
  return {
    component: Components.checkbox,
    props: { label: props.label, isChecked: props.checked, onChange: props.onChange },
  } satisfies CheckboxGroup;
}

/** Warning text color the portal uses for hints that need attention. */
export const WARNING_COLOR = "#F2675A";
export const MUTED_COLOR = "#A3A9AE";

/** An update-context message: the host replaces the named elements' props (no merge). */
export function updateContext(...entries: { name: string; props: ContextProps }[]): IMessage {
  return { actions: [Actions.updateContext], contextProps: entries };
}

/**
 * Several answers as one message: actions run in order, and toasts and context updates accumulate
 * (the host takes a single message per callback).
 */
export function mergeMessages(...messages: (IMessage | void)[]): IMessage {
  const merged: IMessage = { actions: [] };
  for (const message of messages) {
    if (!message) continue;
    const { actions = [], toastProps, contextProps, ...rest } = message;
    Object.assign(merged, rest);
    // Each action once: one show-toast shows every accumulated toast, and so on.
    for (const action of actions) if (!merged.actions?.includes(action)) merged.actions?.push(action);
    if (toastProps) merged.toastProps = [...(merged.toastProps ?? []), ...toastProps];
    if (contextProps) merged.contextProps = [...(merged.contextProps ?? []), ...contextProps];
  }
  return merged;
}
