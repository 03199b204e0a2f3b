/**
 * @giftkit/react/mount: GiftKit's flows in pages that are not written in React (plain HTML,
 * Vue, server templates). React and React DOM still load, as the flows' own runtime.
 */
export { mount, type MountableComponents, type MountableComponentName, type MountOptions, type MountedComponent } from './mount';
