export const focusWhen = (node, active) => {
    if (active)
        node.focus();
    return {
        update(next) {
            if (next && document.activeElement !== node)
                node.focus();
        }
    };
};
