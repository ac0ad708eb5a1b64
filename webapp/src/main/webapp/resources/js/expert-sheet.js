/*
 * The expert's score sheet (WEB-INF/includes/steps/expert-review.xhtml): the total as the expert types. The server
 * recomputes it exactly on saving and submitting. A file of its own: the Content-Security-Policy runs no inline script.
 */
(function () {
    if (!window.jQuery) {
        return;
    }
    window.jQuery(document).on('input', 'input.rubric-points', function () {
        var cents = 0;
        window.jQuery('input.rubric-points').each(function () {
            var v = parseFloat(this.value);
            if (!isNaN(v)) {
                cents += Math.round(v * 100);
            }
        });
        window.jQuery(document.getElementById('expert:total')).text(String(cents / 100));
    });
})();
